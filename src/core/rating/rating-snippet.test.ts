import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderRatingSnippet, type SnippetPoint } from './rating-snippet.ts';
import { defaultScale, SURVEY_KINDS } from './survey-scale.ts';

const url = (score: number) => `https://amends.example/r/q3X9vT0bLw2mZr8kPcYhJA.${score}.sig${score}`;
const pointsOf = (kind: (typeof SURVEY_KINDS)[number]): SnippetPoint[] =>
  defaultScale(kind).map((p) => ({ label: p.label, colour: p.colour, icon: p.icon, url: url(p.score) }));
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

const hostile = {
  question: `How was "order" <b>4471</b> & the <script>alert('x')</script> delivery?`,
  points: [
    {
      label: `Great" onmouseover="alert(1)`,
      colour: '#2E8B57',
      icon: '<img src=x>',
      url: 'https://amends.example/r/a.4.b?x=1&y="2"',
    },
    {
      label: "<script>steal()</script> & 'co'",
      colour: 'red;background-image:url(x)',
      icon: '✕',
      url: url(1),
    },
  ],
};

describe('the rating snippet for an email', () => {
  for (const kind of SURVEY_KINDS) {
    it(`links each answer of a default ${kind} survey exactly once, in scale order`, () => {
      const points = pointsOf(kind);
      const { html } = renderRatingSnippet({ question: 'How did we do?', points });
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(
        hrefs,
        points.map((p) => p.url),
      );
    });

    it(`lists every answer of a default ${kind} survey in the text version, one line each`, () => {
      const points = pointsOf(kind);
      const { text } = renderRatingSnippet({ question: 'How did we do?', points });
      const lines = text.split('\n');
      assert.equal(lines[0], 'How did we do?');
      assert.deepEqual(
        lines.slice(2),
        points.map((p) => `${p.label}: ${p.url}`),
      );
      for (const p of points) assert.equal(count(text, p.url), 1);
    });
  }

  it('is one presentation table with a question row and one coloured link cell per answer', () => {
    const { html } = renderRatingSnippet({ question: 'How did we do?', points: pointsOf('thermometer') });
    assert.ok(html.startsWith('<table role="presentation"'));
    assert.ok(html.endsWith('</table>'));
    assert.equal(count(html, '<table'), 1);
    assert.equal(count(html, '<td'), 5);
    assert.equal(count(html, '</td>'), 5);
    assert.equal(count(html, '<a '), 4);
    assert.equal(count(html, '</a>'), 4);
    assert.match(html, /colspan="4"/);
  });

  it('makes each answer a bulletproof button: bgcolor and background-color on a padded cell', () => {
    const { html } = renderRatingSnippet({ question: 'How did we do?', points: pointsOf('thermometer') });
    for (const colour of ['#C9A227', '#2E8B57', '#E08A1E', '#C0392B']) {
      assert.match(
        html,
        new RegExp(`<td bgcolor="${colour}"[^>]*style="[^"]*background-color:${colour};[^"]*padding:`),
      );
    }
  });

  it('shows the label as link text and title, and the icon as a character', () => {
    const { html } = renderRatingSnippet({ question: 'How did we do?', points: pointsOf('thermometer') });
    for (const [label, icon] of [
      ['Excellent', '★'],
      ['Good', '✓'],
      ['Not great', '!'],
      ['Poor', '✕'],
    ]) {
      assert.match(
        html,
        new RegExp(`title="${label}"[^>]*>[^<]*<span aria-hidden="true">${icon}</span>&nbsp;${label}</a>`),
      );
    }
  });

  it('shows an icon that only repeats the label once (NPS 1 to 9)', () => {
    const { html } = renderRatingSnippet({ question: 'How likely?', points: pointsOf('nps') });
    assert.match(html, /title="7"[^>]*>7<\/a>/);
    assert.match(html, /<span aria-hidden="true">10<\/span>&nbsp;Extremely likely<\/a>/);
  });

  it('lets the answer cells wrap on a narrow screen, and names fallback fonts', () => {
    const { html } = renderRatingSnippet({ question: 'How did we do?', points: pointsOf('nps') });
    assert.equal(count(html, 'display:inline-block'), 11);
    assert.match(html, /max-width:600px/);
    assert.match(html, /font-family:[^;"]*Helvetica,Arial,sans-serif/);
  });

  for (const [kind, question] of [
    ['thermometer', 'How did we do?'],
    ['nps', hostile.question],
  ] as const) {
    it(`uses no style block, class, image or script (${kind})`, () => {
      const { html } = renderRatingSnippet({ question, points: pointsOf(kind) });
      for (const banned of ['<style', 'class=', '<img', '<script', 'javascript:'])
        assert.ok(!html.toLowerCase().includes(banned), `found ${banned}`);
    });
  }

  it('escapes hostile survey text in the question, labels, titles, icons and URLs', () => {
    const { html } = renderRatingSnippet(hostile);
    for (const banned of ['<script', '<img', '<b>', 'onmouseover="', '& ', "'x'"])
      assert.ok(!html.includes(banned), `found ${banned}`);
    assert.ok(html.includes('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;order&quot; &lt;b&gt;4471&lt;/b&gt; &amp; the'));
    assert.ok(html.includes('title="Great&quot; onmouseover=&quot;alert(1)"'));
    assert.ok(html.includes('&lt;img src=x&gt;'));
    assert.ok(html.includes('href="https://amends.example/r/a.4.b?x=1&amp;y=&quot;2&quot;"'));
    assert.ok(html.includes('&lt;script&gt;steal()&lt;/script&gt; &amp; &#39;co&#39;'));
  });

  it('puts only a #RRGGBB colour into a style, falling back to grey otherwise', () => {
    const { html } = renderRatingSnippet(hostile);
    assert.ok(!html.includes('background-image'));
    assert.ok(!html.includes('red;'));
    assert.match(html, /<td bgcolor="#5F6B7A"/);
  });

  it('keeps the text version as plain text, unescaped, with every URL', () => {
    const { text } = renderRatingSnippet(hostile);
    assert.equal(
      text,
      [
        hostile.question,
        '',
        `Great" onmouseover="alert(1): https://amends.example/r/a.4.b?x=1&y="2"`,
        `<script>steal()</script> & 'co': ${url(1)}`,
      ].join('\n'),
    );
  });

  for (const bad of [
    'javascript:alert(1)',
    'data:text/html,hi',
    '/r/relative',
    'https://has space.example',
  ]) {
    it(`refuses a link that is not a web URL: ${bad}`, () => {
      assert.throws(
        () =>
          renderRatingSnippet({
            question: 'Q',
            points: [{ label: 'A', colour: '#000000', icon: '!', url: bad }],
          }),
        TypeError,
      );
    });
  }
});
