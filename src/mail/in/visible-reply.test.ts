import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractVisibleReply } from './visible-reply.ts';

const text = (body: string) => extractVisibleReply({ text: body, html: undefined });
const html = (body: string) => extractVisibleReply({ text: undefined, html: body });

const HANG_GUARD_MS = 30_000;
const QUOTE = '> We are sorry your order arrived broken.\n> Could you send us a photo?\n';

describe('the visible reply of an email', () => {
  describe('quoted history in the languages and clients people use', () => {
    const headers: [string, string][] = [
      ['Gmail, English', 'On Tue, 3 Dec 2026 at 10:04, Amends Support <support@example.com> wrote:'],
      [
        'Gmail, English, wrapped by the client',
        'On Tue, 3 Dec 2026 at 10:04, Amends Support <\nsupport@example.com> wrote:',
      ],
      ['Apple Mail', 'On 3 Dec 2026, at 10:04, Amends Support <support@example.com> wrote:'],
      ['German', 'Am 03.12.2026 um 10:04 schrieb Amends Support <support@example.com>:'],
      ['German Gmail', 'Amends Support <support@example.com> schrieb am Di., 3. Dez.\n2026 um 10:04 Uhr:'],
      ['French', 'Le 3 déc. 2026 à 10:04, Amends Support <support@example.com> a écrit :'],
      ['French, wrapped', 'Le mar. 3 déc. 2026 à 10:04, Amends Support\n<support@example.com>\na écrit :'],
      ['Spanish', 'El mar, 3 dic 2026 a las 10:04, Amends Support (<support@example.com>) escribió:'],
      ['Dutch', 'Op di 3 dec. 2026 om 10:04 schreef Amends Support <support@example.com>:'],
      ['Italian', 'Il giorno mar 3 dic 2026 alle ore 10:04 Amends Support <support@example.com> ha scritto:'],
      ['Portuguese', 'Em ter., 3 de dez. de 2026 às 10:04, Amends Support <support@example.com> escreveu:'],
      ['Swedish', 'Den tis 3 dec. 2026 kl 10:04 skrev Amends Support <support@example.com>:'],
      ['Polish', 'W dniu 3.12.2026 o 10:04, Amends Support <support@example.com> pisze:'],
      ['Russian', 'вт, 3 дек. 2026 г. в 10:04, Amends Support <support@example.com>:'],
      ['Gmail, date first', '2026-12-03 10:04 GMT+01:00 Amends Support <support@example.com>:'],
      ['Chinese', '在 2026年12月3日，上午10:04，Amends Support <support@example.com> 写道：'],
    ];
    for (const [client, header] of headers) {
      it(`removes the quote below "${client}"`, () => {
        assert.equal(text(`The photo is attached.\n\n${header}\n${QUOTE}`), 'The photo is attached.');
      });
    }

    it('removes an unquoted Outlook header block and everything below it', () => {
      const body =
        'Yes, please send a new one.\n\n________________________________\nFrom: Amends Support <support@example.com>\nSent: Tuesday, December 3, 2026 10:04 AM\nTo: Ann <ann@example.com>\nSubject: Your order\n\nWe are sorry your order arrived broken.';
      assert.equal(text(body), 'Yes, please send a new one.');
    });

    it('removes an Outlook header block in German and one in French, with no address', () => {
      const german =
        'Passt.\n\nVon: Amends Support\nGesendet: Dienstag, 3. Dezember 2026 10:04\nAn: Ann\nBetreff: Bestellung\n\nEs tut uns leid.';
      const french =
        'Merci.\n\nDe : Amends Support\nEnvoyé : mardi 3 décembre 2026 10:04\nÀ : Ann\nObjet : Commande\n\nDésolés.';
      assert.equal(text(german), 'Passt.');
      assert.equal(text(french), 'Merci.');
    });

    it('removes "-----Original Message-----" and its translations', () => {
      for (const separator of [
        '-----Original Message-----',
        '-----Ursprüngliche Nachricht-----',
        '-----Mensaje original-----',
      ]) {
        assert.equal(text(`Thanks!\n\n${separator}\nFrom: Amends\nWe are sorry.`), 'Thanks!');
      }
    });

    it('removes the signature after "-- " and a phone\'s "Sent from my iPhone"', () => {
      assert.equal(text('It works now.\n\n-- \nAnn Smith\nAcme Ltd\n+44 20 7946 0000'), 'It works now.');
      assert.equal(text('It works now.\n\nSent from my iPhone'), 'It works now.');
    });

    it('keeps a sentence that only starts like a phone signature', () => {
      assert.equal(
        text('Here it is.\n\nSent from my desk, which is much easier than my phone.'),
        'Here it is.\n\nSent from my desk, which is much easier than my phone.',
      );
    });

    it('does not take "wrote:" in a sentence for a quote header', () => {
      const body = 'My neighbour wrote:\nthe parcel was left outside.\nIt was raining.';
      assert.equal(text(body), body);
    });
  });

  describe('where the reply stands', () => {
    it('top-posted: the text above the quote', () => {
      assert.equal(
        text(`Here is the photo.\n\nOn Tue, 3 Dec 2026, Amends <support@example.com> wrote:\n${QUOTE}`),
        'Here is the photo.',
      );
    });

    it('bottom-posted: the text below the quote, with the quote it answers kept as `>` lines', () => {
      const body = `On Tue, 3 Dec 2026, Amends <support@example.com> wrote:\n${QUOTE}\nHere is the photo.\n\nAnn`;
      assert.equal(
        text(body),
        '> We are sorry your order arrived broken.\n> Could you send us a photo?\n\nHere is the photo.\n\nAnn',
      );
    });

    it('interleaved: each answer below the question it answers; the quoted history after the last answer goes', () => {
      const body =
        'Hello,\n\n> What is your order number?\n\n4471\n\n> When did it arrive?\n\nMonday.\n\n> Thanks for your patience.\n> Amends Support';
      assert.equal(
        text(body),
        'Hello,\n\n> What is your order number?\n\n4471\n\n> When did it arrive?\n\nMonday.',
      );
    });

    it('a quoted line the client wrapped without its `>` stays in the quote', () => {
      const body = `Done.\n\nOn Tue, 3 Dec 2026, Amends <support@example.com> wrote:\n> We are sorry your order arrived\nbroken.\n> Could you send us a photo?`;
      assert.equal(text(body), 'Done.');
    });
  });

  describe('nothing new, and forwards', () => {
    it('an empty reply is empty', () => {
      assert.equal(text(''), '');
      assert.equal(text(' \r\n\n '), '');
      assert.equal(extractVisibleReply({ text: undefined, html: undefined }), '');
    });

    it('a reply that is only a quote is empty: the customer wrote nothing new', () => {
      assert.equal(text(`On Tue, 3 Dec 2026, Amends <support@example.com> wrote:\n${QUOTE}`), '');
      assert.equal(text(QUOTE), '');
    });

    it('a forward with nothing written above it gives the forwarded message', () => {
      const body =
        '---------- Forwarded message ---------\nFrom: Courier <noreply@courier.example>\nDate: Mon, 2 Dec 2026 at 09:00\nSubject: Delivery failed\nTo: <ann@example.com>\n\nWe could not deliver parcel 4471.';
      assert.equal(text(body), 'We could not deliver parcel 4471.');
    });

    it('a forward with a comment above it gives the comment', () => {
      const body =
        'See below, this is the third time.\n\nBegin forwarded message:\n\nFrom: Courier <noreply@courier.example>\nSubject: Delivery failed\n\nWe could not deliver parcel 4471.';
      assert.equal(text(body), 'See below, this is the third time.');
    });
  });

  describe('HTML-only mail', () => {
    it('Gmail: the reply above div.gmail_quote', () => {
      const body =
        '<div dir="ltr">Thanks, the refund arrived.<div><br></div><div>Ann</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 3 Dec 2026 at 10:04, Amends Support &lt;<a href="mailto:support@example.com">support@example.com</a>&gt; wrote:<br></div><blockquote class="gmail_quote"><div>We are sorry about your order.</div></blockquote></div>';
      assert.equal(html(body), 'Thanks, the refund arrived.\n\nAnn');
    });

    it('Outlook: the reply above divRplyFwdMsg', () => {
      const body =
        '<html><body><div>Yes, please send a new one.</div><div><br></div><hr><div id="divRplyFwdMsg"><b>From:</b> Amends Support &lt;support@example.com&gt;<br><b>Sent:</b> Tuesday, December 3, 2026 10:04 AM<br><b>To:</b> Ann<br><b>Subject:</b> Your order</div><div>We are sorry about your order.</div></body></html>';
      assert.equal(html(body), 'Yes, please send a new one.');
    });

    it('Apple Mail: the reply above blockquote type=cite, without "Sent from my iPhone"', () => {
      const body =
        '<html><body dir="auto">Still broken.<br><br><div dir="ltr">Sent from my iPhone</div><blockquote type="cite">On 3 Dec 2026, at 10:04, Amends Support &lt;support@example.com&gt; wrote:<br><br><div dir="ltr">We are sorry.</div></blockquote></body></html>';
      assert.equal(html(body), 'Still broken.');
    });

    it('reads the text part when there is one, not the HTML', () => {
      assert.equal(
        extractVisibleReply({ text: 'From the text part.', html: '<p>From the HTML part.</p>' }),
        'From the text part.',
      );
    });

    it('reads the HTML when the text part is blank', () => {
      assert.equal(
        extractVisibleReply({ text: '\n  \n', html: '<p>From the HTML part.</p>' }),
        'From the HTML part.',
      );
    });
  });

  describe('hostile and large input', () => {
    // The library's own expressions need minutes on 32 KB of these lines (measured); the wrapper
    // bounds what it reads, and each of these takes under 0.1 s. The timeout is not a speed
    // assertion but a guard: without the bound a test would run for minutes instead of failing.
    for (const unit of [
      'abc. x skrev\n',
      'Op x schreef\n',
      ' \n',
      'On a b\n',
      `On ${'a '.repeat(5_000)}\n`,
    ]) {
      it(`reads 1 MB of ${JSON.stringify(unit.slice(0, 14))} and keeps its start`, {
        timeout: HANG_GUARD_MS,
      }, () => {
        const body = unit.repeat(Math.ceil(1_000_000 / unit.length));
        const reply = text(body);
        assert.ok(body.trimStart().startsWith(reply.slice(0, 20)));
      });
    }

    it('keeps a long reply whole up to what it reads, and a line longer than any header', () => {
      const long = 'x'.repeat(5_000);
      const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} says something.`).join('\n\n');
      const reply = text(`${long}\n\n${paragraphs}\n\n-- \nAnn`);
      assert.equal(reply, `${long}\n\n${paragraphs}`);
    });
  });
});
