import EmailReplyParser from 'email-reply-parser';
import { convert } from 'html-to-text';

/**
 * The customer's own new words in an email: quoted history ("On … wrote:" in the languages mail
 * clients write it, Outlook's "From: … Sent: …" block, "-----Original Message-----", forwarded
 * blocks) and the signature removed. The whole message stays viewable elsewhere; this is only what
 * the timeline shows.
 *
 * crisp's email-reply-parser (MIT, used on ~1 million inbound mails a day) does the line work:
 * `>` quotes, signatures ("-- ", "Sent from my iPhone", "Regards"), and many one-line quote
 * headers. Around it, measured on ../shared/data/emails (README, Performance; `npm run bench --
 * reply-text`), this wrapper adds what it misses: quote headers a client wrapped over several lines
 * or wrote in other languages, Outlook header blocks without an address, forwarded messages,
 * HTML-only mail, and bounds that keep its regular expressions fast on hostile input.
 *
 * What it gives:
 * - top-posted reply → the text above the history;
 * - bottom-posted or interleaved reply (text below a `>` quote) → the customer's text with the
 *   quotes they answered kept as `>` lines, so "> Can you send the order number?\n12345" keeps its
 *   sense; only the quoted history after their last word is removed;
 * - a reply that is only a quote, or empty → '' (nothing new was written);
 * - a forward with nothing written above it → the forwarded message's text (that is what they sent).
 */
export function extractVisibleReply(input: { text: string | undefined; html: string | undefined }): string {
  const source = hasWords(input.text) ? (input.text ?? '') : input.html ? textOfHtml(input.html) : '';
  const lines = tidyLines(source.slice(0, MAX_READ_CHARS));
  const history = findHistory(lines);
  const above = replyOf(history.above);
  if (above !== '' || history.below === undefined) return above;
  // Nothing written above a forward (or an unquoted "On … wrote:" copy): what follows is the message.
  return replyOf(findHistory(history.below).above);
}

/**
 * Only the start of a message is read: the reply is at its top and a timeline message holds 20,000
 * characters (core/conversation/customer-message.ts); the whole message stays viewable.
 */
const MAX_READ_CHARS = 32_000;
/** Longer lines are never quote headers or signatures; they are hidden from the library (speed). */
const MAX_SCANNED_LINE = 400;

function hasWords(text: string | undefined): boolean {
  return text !== undefined && /\S/.test(text);
}

/**
 * HTML-only mail as text (html-to-text, the converter mailparser uses): blockquotes become `>`
 * lines, so Gmail's and Apple Mail's quotes read like a plain-text reply's; the empty paragraphs
 * HTML editors leave become one blank line.
 */
function textOfHtml(html: string): string {
  const text = convert(html, {
    wordwrap: false,
    limits: { maxInputLength: 1_000_000 },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
    ],
  });
  return text.replace(/\n\s*\n(\s*\n)+/g, '\n\n');
}

/**
 * One line per line: CR LF, non-breaking and zero-width spaces (and the invisible mark some
 * trackers add), trailing blanks, runs of empty lines (at most three kept: the library's `^\s*`
 * patterns span blank lines, quadratically).
 */
function tidyLines(text: string): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u1427]/g, '')
    .split('\n')
    .map((line) => line.trimEnd());
  return lines
    .filter((line, i) => line !== '' || lines[i - 1] !== '' || lines[i - 2] !== '' || lines[i - 3] !== '')
    .map((line) => line.replace(INITIALS_QUOTE, '>'));
}

/** Usenet's quote with the writer's initials ("AB> text"): a quote like "> text". */
const INITIALS_QUOTE = /^\s*[A-Z]{1,3}>(?=\s|$)/;

type History = {
  /** The lines the customer wrote above the history. */
  above: string[];
  /** The history's own message below its header (undefined: no history, or nothing below it). */
  below: string[] | undefined;
};

/**
 * The first line where quoted history starts that the library would miss or misplace, with the
 * lines above it. "On … wrote:" headers over a `>` quote are dropped (the quote stays for the
 * library), so a reply below or between quotes keeps its text.
 */
function findHistory(all: string[]): History {
  const lines = quoteWrappedLines(all);
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '' || line.length > MAX_SCANNED_LINE) {
      kept.push(line);
      continue;
    }
    const attribution = attributionAt(lines, i);
    if (attribution > 0) {
      const next = nextWrittenLine(lines, i + attribution);
      if (next !== undefined && isQuoted(lines[next] ?? '')) {
        i += attribution - 1;
        continue;
      }
      return { above: kept, below: lines.slice(i + attribution) };
    }
    if (isSeparator(line)) {
      const body = lines.slice(i + 1);
      return { above: kept, below: afterHeaderBlock(body) };
    }
    if (headerBlockAt(lines, i)) return { above: kept, below: afterHeaderBlock(lines.slice(i)) };
    if ((isDelimiter(line) || line === '--') && kept.some(hasWordsLine))
      return { above: kept, below: undefined };
    kept.push(line);
  }
  return { above: kept, below: undefined };
}

/**
 * A quoted line the client wrapped without its `>` (an unquoted line between two quoted ones) is
 * part of the quote, not the customer answering it.
 */
function quoteWrappedLines(lines: string[]): string[] {
  return lines.map((line, i) =>
    line !== '' && !isQuoted(line) && isQuoted(lines[i - 1] ?? '') && isQuoted(lines[i + 1] ?? '')
      ? `> ${line}`
      : line,
  );
}

function hasWordsLine(line: string): boolean {
  return /\p{L}/u.test(line);
}

function nextWrittenLine(lines: string[], from: number): number | undefined {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '') !== '') return i;
  return undefined;
}

function isQuoted(line: string): boolean {
  return /^\s*>/.test(line);
}

/**
 * How many lines the attribution header starting at line i spans ("On Tue, … Ann <ann@x> wrote:",
 * "Am 25.06.2015 um 10:55 schrieb Ann:", "Le 4 janv. 2016 19:03, « Ann » a écrit :", "El … escribió:",
 * "Op … schreef …:", "2014-03-20 8:48 GMT+01:00 Ann <ann@x>:"), clients wrap it over up to six
 * lines; 0 when there is none. A date or an address is required, so "Something wrote:" in a
 * sentence is not a header.
 */
function attributionAt(lines: string[], i: number): number {
  const first = lines[i] ?? '';
  if (isQuoted(first)) return 0;
  const opener = ATTRIBUTION_OPENER.test(first);
  // A wrapped header starts like one: an opener word, a date, or a name with its address.
  const span = opener ? 6 : /^\s*\d|[<@]/.test(first) ? 3 : 1;
  let joined = '';
  for (let k = 0; k < span && i + k < lines.length; k++) {
    const line = lines[i + k] ?? '';
    if (line.length > MAX_SCANNED_LINE || (line === '' && !opener)) return 0;
    joined = `${joined} ${line}`.trim();
    if (joined.length > 500) return 0;
    if (isAttribution(joined)) return k + 1;
  }
  return 0;
}

function isAttribution(text: string): boolean {
  if (!/[\d@]/.test(text)) return false;
  return (
    ATTRIBUTION_VERB.test(text) ||
    ((ATTRIBUTION_OPENER.test(text) || /\b\d{1,2}[:.]\d{2}\b/.test(text)) && VERB_BEFORE_NAME.test(text)) ||
    ATTRIBUTION_CJK.test(text) ||
    DATED_ADDRESS.test(text) ||
    GMAIL_DATED.test(text) ||
    TIMED_ADDRESS.test(text) ||
    GERMAN_GMAIL.test(text)
  );
}

/** Words that open an attribution in the clients' languages (en, de, fr, es, it, pt, nl, pl, sv/da/no). */
const ATTRIBUTION_OPENER = /^\s*(On|Am|Le|El|Il|Em|Op|Den|W dniu|Dnia|På|Pe|At)\s/i;
/** "… wrote:" and its translations, at the end of the header. */
const ATTRIBUTION_VERB =
  /(?:^|[\s,"'»)])(wrote|schrieb|a écrit|escribió|ha escrit|escreveu|scritto|schreef|skrev|kirjoitti|napisał(?:a|\(a\))?|pisze|написал(?:а|\(а\))?|написав|пише|írta|napsal(?:a)?|yazdı|έγραψε)\s*[:：]\s*$/iu;
/**
 * "Op … schreef Ann <ann@x>:", "Den … skrev Ann:", "tir. 18. apr. 2017 kl. 13:09 skrev Ann:": the
 * name follows the verb (after an opener word or a time).
 */
const VERB_BEFORE_NAME = /\s(schreef|skrev|schrieb|írta|napisał(?:a|\(a\))?)\s.{0,200}[:：]\s*$/iu;
const ATTRIBUTION_CJK = /(写道|寫道|작성|のメッセージ)\s*[:：]\s*$/u;
/** "2014-03-20 8:48 GMT+01:00 Ann <ann@x>:" (Gmail in several languages), "2013/7/20 Ann <ann@x>". */
const DATED_ADDRESS = /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b.{0,200}<\s*[^<>\s]+@[^<>\s]+\s*>\s*:?\s*$/u;
/** Gmail's "2016-03-03 17:21 GMT+01:00 Ann" (its date-first form, sometimes without the address). */
const GMAIL_DATED = /^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}\s+GMT[+-]\d{1,2}:\d{2}\s.{1,200}$/u;
/** Gmail in Russian and others: "ср, 30 апр. 2025 г. в 15:19, Ann <ann@x>:" (a time, an address, a colon). */
const TIMED_ADDRESS = /\b\d{1,2}:\d{2}\b.{0,200}<\s*[^<>\s]+@[^<>\s]+\s*>\s*[:：]\s*$/u;
/** Gmail in German: "Ann <ann@x> schrieb am Fr., 28. Apr. 2017 um 11:53 Uhr:". */
const GERMAN_GMAIL = /\bschrieb am\b.{0,80}:\s*$/iu;

/** Outlook's and webmail's header block: a From line and, within three lines, Sent/Date/To/Subject. */
function headerBlockAt(lines: string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? '')) return false;
  for (let k = 1; k <= 3; k++) if (HEADER_FIELD.test(lines[i + k] ?? '')) return true;
  return false;
}

const HEADER_FROM =
  /^\s*[*>]?\s*\*?(From|De|Von|Van|Da|Från|Fra|Frá|Od|Від|От|Feladó|Kimden|Lähettäjä|发件人|寄件者|差出人|보낸 사람)\*?\s*[:：]/iu;
const HEADER_FIELD =
  /^\s*[*>]?\s*\*?(Sent|Date|To|Subject|Cc|Reply-To|Envoyé|À|A|Objet|Gesendet|Datum|An|Betreff|Verzonden|Aan|Onderwerp|Inviato|Data|Oggetto|Risposta|Enviado|Enviada|Fecha|Para|Asunto|Assunto|Skickat|Till|Ämne|Sendt|Til|Emne|Wysłano|Temat|Do|Отправлено|Дата|Кому|Тема|Надіслано|Elküldve|Tárgy|Gönderildi|Konu|Lähetetty|Aihe|发送时间|收件人|主题|日期|寄件日期|主旨|送信日時|宛先|件名|보낸 날짜|받는 사람|제목)\*?\s*[:：]/iu;

/** The lines of a forwarded or copied message below its header block. */
function afterHeaderBlock(lines: string[]): string[] {
  let i = 0;
  while (i < lines.length && (lines[i] ?? '') === '') i++;
  let headers = 0;
  while (i < lines.length && (lines[i] ?? '') !== '') {
    if (HEADER_FROM.test(lines[i] ?? '') || HEADER_FIELD.test(lines[i] ?? '')) headers++;
    i++;
  }
  return headers > 0 ? lines.slice(i) : lines;
}

const FORWARD_SEPARATOR =
  /^\s*\**\s*(-{2,}|_{2,})\s*(Forwarded message|Weitergeleitete Nachricht|Message transféré|Mensaje reenviado|Messaggio inoltrato|Doorgestuurd bericht|Vidarebefordrat meddelande|Videresendt meddelelse|Przekazana wiadomość|Пересылаемое сообщение|Mensagem encaminhada)\s*(-{2,}|_{2,})\s*\**\s*$/iu;
const ORIGINAL_SEPARATOR =
  /^\s*\**\s*-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Messaggio originale|Oorspronkelijk bericht|Originalmeddelande|Oprindelig besked|Opprinnelig melding|Alkuperäinen viesti|Wiadomość oryginalna|Исходное сообщение|Mensagem original|Původní zpráva|Eredeti üzenet)\s*-{2,}\s*\**\s*$/iu;
const FORWARD_INTRO =
  /^\s*(Begin forwarded message|Début du message réexpédié|Anfang der weitergeleiteten Nachricht|Inicio del mensaje reenviado|Inizio messaggio inoltrato|Begin doorgestuurd bericht)\s*:\s*$/iu;

function isSeparator(line: string): boolean {
  return FORWARD_SEPARATOR.test(line) || ORIGINAL_SEPARATOR.test(line) || FORWARD_INTRO.test(line);
}

/** A line of one repeated mark (Outlook's rule, a mailing list's footer): what follows is not the reply. */
function isDelimiter(line: string): boolean {
  return /^\s*([-_=~*#+])\1{4,}\s*$/.test(line);
}

/**
 * The library's visible text of these lines, keeping the `>` quotes that have the customer's words
 * below them (an answer between quotes) and dropping the ones after their last word.
 */
function replyOf(lines: string[]): string {
  const written = withoutTrailingQuote(lines);
  const split = libraryWindowStart(written);
  const head = written.slice(0, split).join('\n');
  const tail = libraryReply(written.slice(split));
  return [head, tail]
    .join('\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Quoted and empty lines at the end: history below the customer's last word. */
function withoutTrailingQuote(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && (lines[end - 1] === '' || isQuoted(lines[end - 1] ?? ''))) end--;
  return lines.slice(0, end);
}

/**
 * Where the part the library reads begins: its last LIBRARY_WINDOW characters, from a paragraph's
 * start when there is one. Signatures and quotes are at the end; what is above is the customer's.
 */
function libraryWindowStart(lines: string[]): number {
  let size = 0;
  let start = lines.length;
  while (start > 0 && size + (lines[start - 1]?.length ?? 0) + 1 <= LIBRARY_WINDOW) {
    start--;
    size += (lines[start]?.length ?? 0) + 1;
  }
  if (start === 0) return 0;
  const paragraph = lines.indexOf('', start);
  return paragraph === -1 ? start : paragraph + 1;
}

/**
 * The library's quote-header expressions span lines ("Op [\s\S]+? schreef [\s\S]+:") and take time
 * that grows with the square of the text or worse on hostile input (measured: 2 KB 0.1–0.2 s, 8 KB
 * 2–4 s, 32 KB minutes), so it reads at most this much. The wrapper's own checks look at one
 * header (at most six lines, 500 characters) at a time: linear in the text.
 */
const LIBRARY_WINDOW = 2_000;

function libraryReply(lines: string[]): string {
  const long = new Map<string, string>();
  const scanned = lines.map((line, i) => {
    if (line.length <= MAX_SCANNED_LINE) return line;
    // The quote marks stay visible to the library: a long quoted line is still a quote.
    const marks = /^\s*(>\s?)*/.exec(line)?.[0] ?? '';
    const token = `\u2063long-line-${i}\u2063`;
    long.set(token, line.slice(marks.length));
    return marks + token;
  });
  const fragments = new EmailReplyParser()
    .read(scanned.join('\n'))
    .getFragments()
    .map((f) => ({
      content: f.getContent(),
      isQuoted: f.isQuoted(),
      isWritten: !f.isQuoted() && (!f.isHidden() || isSentenceNotSignature(f.getContent())),
    }));
  const lastWritten = fragments.findLastIndex((f) => f.isWritten);
  const kept = fragments.slice(0, lastWritten + 1).filter((f) => f.isWritten || f.isQuoted);
  // The library drops the blank line between a quote and the answer below it; put it back.
  const text = kept
    .map((f, i) => (i > 0 && f.isQuoted !== kept[i - 1]?.isQuoted ? '\n' : '') + f.content)
    .join('\n');
  return long.size === 0 ? text : text.replace(/\u2063long-line-\d+\u2063/g, (t) => long.get(t) ?? t);
}

/**
 * The library takes any line starting "Sent from" for a phone's signature; "Sent from my desk, is
 * much easier than my phone." is a sentence the customer wrote ("Sent from my phone, please excuse
 * typos." is still a signature).
 */
function isSentenceNotSignature(fragment: string): boolean {
  const first = fragment.trim().split('\n')[0] ?? '';
  return (
    /^(Sent from|Envoyé de|Enviado desde|Gesendet von)\s/i.test(first) &&
    /[.!?]$/.test(first) &&
    !/\b(excuse|typos?|brevity|autocorrect|pardon)\b/i.test(first) &&
    first.split(/\s+/).length > 6
  );
}
