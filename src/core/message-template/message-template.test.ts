import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_TEMPLATES } from './default-templates.ts';
import {
  EXAMPLE_VALUES,
  fillTemplate,
  fillWrittenText,
  languageCandidates,
  languageCode,
  type MessageTemplate,
  pickTemplate,
  TEMPLATE_KINDS,
  templateProblems,
  templatesInForce,
  variableProblem,
} from './message-template.ts';
import { templateValuesFor } from './template-values.ts';

describe('a message template', () => {
  const problemsOf = (subject: string, body: string) =>
    templateProblems({ subject, body }).map((p) => `${p.field}: ${p.message}`);

  const table: [string, string, string, RegExp | undefined][] = [
    [
      'every known variable',
      'Case {{case.number}}',
      'Hi {{ customer.firstName }}, {{statusPageUrl}}',
      undefined,
    ],
    [
      'an unknown variable in the body',
      'Hi',
      'Dear {{customer.frstName}}',
      /^body: Unknown variable \{\{customer\.frstName\}\}: use one of \{\{customer\.firstName\}\}/,
    ],
    [
      'two unknown variables, each named once',
      'Hi',
      '{{a}} {{b}} {{a}}',
      /^body: Unknown variables \{\{a\}\}, \{\{b\}\}:/,
    ],
    [
      'an unknown variable in the subject',
      'About {{order}}',
      'Hello',
      /^subject: Unknown variable \{\{order\}\}/,
    ],
    ['an unclosed {{', 'Hi', 'Hello {{customer.firstName', /^body: A \{\{ has no matching \}\}/],
    ['a stray }}', 'Hi', 'Hello }} there', /^body: A \{\{ has no matching \}\}/],
    ['an empty variable', 'Hi', 'Hello {{}}', /^body: Unknown variable \{\{\}\}/],
    [
      'a variable named like an object property',
      'Hi',
      '{{constructor}} {{__proto__}}',
      /^body: Unknown variables \{\{constructor\}\}, \{\{__proto__\}\}/,
    ],
    ['an empty subject', '  ', 'Hello', /^subject: Give the template a subject/],
    [
      'a subject with a line break',
      'Hi\r\nBcc: x@evil.test',
      'Hello',
      /^subject: The subject has a line break/,
    ],
    [
      'a subject over 150 characters',
      'x'.repeat(151),
      'Hello',
      /^subject: The subject is 151 characters long/,
    ],
    ['an empty body', 'Hi', ' \n ', /^body: Write the template’s text\./],
    ['a body over 20,000 characters', 'Hi', 'x'.repeat(20_001), /^body: The text is 20001 characters long/],
  ];
  for (const [name, subject, body, expected] of table) {
    it(`${expected ? 'refuses' : 'accepts'} ${name}`, () => {
      const problems = problemsOf(subject, body);
      if (!expected) assert.deepEqual(problems, []);
      else {
        assert.equal(problems.length, 1, problems.join(' | '));
        assert.match(problems[0] ?? '', expected);
      }
    });
  }

  it('finds no problem in any default template', () => {
    for (const kind of TEMPLATE_KINDS) assert.deepEqual(templateProblems(DEFAULT_TEMPLATES[kind]), [], kind);
  });

  it('fills known variables as plain text and leaves markup for the HTML part to escape', () => {
    const values = { ...EXAMPLE_VALUES, 'customer.firstName': '<b>Rita</b>', 'case.number': '7' };
    assert.equal(
      fillTemplate('Hello {{customer.firstName}}, case {{ case.number }} ({{unknown}})', values),
      'Hello <b>Rita</b>, case 7 ({{unknown}})',
    );
  });

  it('fills a value once: a value that looks like a variable is not filled again', () => {
    const values = { ...EXAMPLE_VALUES, 'customer.name': '{{business.name}}' };
    assert.equal(
      fillTemplate('{{customer.name}} / {{business.name}}', values),
      '{{business.name}} / The Vase Shop',
    );
  });

  it('drops the space before an empty value when punctuation follows, and only there', () => {
    const values = { ...EXAMPLE_VALUES, 'customer.firstName': '' };
    assert.equal(fillTemplate('Hello {{customer.firstName}},', values), 'Hello,');
    assert.equal(fillTemplate('Dear {{customer.firstName}} and team', values), 'Dear  and team');
    assert.equal(fillTemplate('Hi {{owner.firstName}},', values), 'Hi Owen,');
  });

  it('drops a line that held only an empty value, line break and all, and keeps a filled one', () => {
    const none = { ...EXAMPLE_VALUES, 'case.amends': '' };
    assert.equal(fillTemplate('Fixed.\n{{case.amends}}\n\nSorry.', none), 'Fixed.\n\nSorry.');
    assert.equal(fillTemplate('{{case.amends}}\nSorry.', none), 'Sorry.');
    assert.equal(
      fillTemplate('Fixed. {{case.amends}}\nSorry.', none),
      'Fixed. \nSorry.',
      'not alone on its line',
    );
    assert.equal(
      fillTemplate('Fixed.\n{{case.amends}}\n\nSorry.', EXAMPLE_VALUES),
      'Fixed.\nTo make it right, we refunded €12.50.\n\nSorry.',
    );
  });

  it('reads a language code from a customer attribute, or nothing', () => {
    assert.equal(languageCode(' pt-BR '), 'pt-br');
    assert.equal(languageCode('pt_BR'), 'pt-br');
    assert.equal(languageCode('FR'), 'fr');
    for (const bad of ['French', '', 'e', 42, undefined, null, 'en-', 'de-CH-x-private'])
      assert.equal(languageCode(bad), undefined, String(bad));
    assert.deepEqual(languageCandidates('de-CH'), ['de-ch', 'de', 'en']);
    assert.deepEqual(languageCandidates('en'), ['en']);
    assert.deepEqual(languageCandidates(undefined), ['en']);
  });

  const saved: MessageTemplate[] = [
    { kind: 'acknowledgement', language: 'de', subject: 'Es tut uns leid', body: 'Hallo' },
    { kind: 'acknowledgement', language: 'en', subject: 'Sorry', body: 'Hello' },
    { kind: 'update', language: 'de-ch', subject: 'Neuigkeiten', body: 'Grüezi' },
  ];
  const pickTable: [string, string | undefined, string, string, boolean][] = [
    ['acknowledgement', 'de', 'de', 'Es tut uns leid', true],
    ['acknowledgement', 'de-AT', 'de', 'Es tut uns leid', true],
    ['acknowledgement', 'fr', 'en', 'Sorry', true],
    ['acknowledgement', undefined, 'en', 'Sorry', true],
    ['update', 'de-ch', 'de-ch', 'Neuigkeiten', true],
    ['update', 'de', 'en', DEFAULT_TEMPLATES.update.subject, false],
    ['resolution', 'de', 'en', DEFAULT_TEMPLATES.resolution.subject, false],
  ];
  for (const [kind, language, expectedLanguage, subject, customized] of pickTable) {
    it(`gives a customer speaking ${language ?? 'nothing known'} the ${expectedLanguage} ${kind}`, () => {
      const picked = pickTemplate(kind as MessageTemplate['kind'], language, saved);
      assert.deepEqual(
        [picked.language, picked.subject, picked.customized],
        [expectedLanguage, subject, customized],
      );
    });
  }

  it('lists every kind in English and in each language an admin wrote for, marking what is theirs', () => {
    const listed = templatesInForce(saved).map(
      (t) => `${t.language} ${t.kind} ${t.customized ? 'own' : t.subject}`,
    );
    assert.deepEqual(listed, [
      'en acknowledgement own',
      `en update ${DEFAULT_TEMPLATES.update.subject}`,
      `en resolution ${DEFAULT_TEMPLATES.resolution.subject}`,
      `en free ${DEFAULT_TEMPLATES.free.subject}`,
      `en holding ${DEFAULT_TEMPLATES.holding.subject}`,
      'de acknowledgement own',
      `de update ${DEFAULT_TEMPLATES.update.subject}`,
      `de resolution ${DEFAULT_TEMPLATES.resolution.subject}`,
      `de free ${DEFAULT_TEMPLATES.free.subject}`,
      `de holding ${DEFAULT_TEMPLATES.holding.subject}`,
      'de-ch acknowledgement Es tut uns leid',
      'de-ch update own',
      `de-ch resolution ${DEFAULT_TEMPLATES.resolution.subject}`,
      `de-ch free ${DEFAULT_TEMPLATES.free.subject}`,
      `de-ch holding ${DEFAULT_TEMPLATES.holding.subject}`,
    ]);
  });

  it('says nothing about text without variables, and about text whose variables are all known', () => {
    assert.equal(variableProblem('Plain words, {single} braces.'), undefined);
    assert.equal(variableProblem('{{case.title}} — {{owner.name}}'), undefined);
  });

  it('reads variables only in what the owner wrote, never in the case’s own text a draft filled in', () => {
    const values = {
      ...EXAMPLE_VALUES,
      'customer.firstName': '{{Rita}}',
      'customer.name': '{{Rita}} Moreno',
      'case.title': 'You said Hello {{first_name}}',
      'business.name': '{{owner.name}}',
    };
    const table: [string, ReturnType<typeof fillWrittenText>][] = [
      ['Hello {{Rita}}, about {{case.number}}', { text: 'Hello {{Rita}}, about 1042' }],
      [
        '{{Rita}} Moreno: You said Hello {{first_name}}',
        { text: '{{Rita}} Moreno: You said Hello {{first_name}}' },
      ],
      ['{{owner.name}} — {{owner.firstName}}', { text: '{{owner.name}} — Owen' }],
      ['Hi {{customer.name}}', { text: 'Hi {{Rita}} Moreno' }],
      ['Hi {{first_name}}', { problem: variableProblem('{{first_name}}') as string }],
      ['Hi {{Rita}} {{', { problem: variableProblem('{{') as string }],
    ];
    for (const [text, expected] of table) assert.deepEqual(fillWrittenText(text, values), expected, text);
    assert.deepEqual(fillWrittenText('Hi {{customer.firstName}}', EXAMPLE_VALUES), { text: 'Hi Rita' });
  });
});

describe('the values of a case', () => {
  it('greet by first name, and by nothing when all we know is an address', () => {
    const base = {
      caseNumber: 1042,
      caseTitle: 'Vase\r\nbroken',
      ownerName: 'Owen Park',
      statusPageUrl: 'https://amends.example/s/k.s',
      businessName: 'The Vase Shop',
    };
    const rita = templateValuesFor({ ...base, customerName: '  Rita   Moreno ' });
    assert.equal(rita['customer.firstName'], 'Rita');
    assert.equal(rita['customer.name'], 'Rita   Moreno');
    assert.equal(rita['owner.firstName'], 'Owen');
    assert.equal(rita['case.number'], '1042');
    assert.equal(rita['case.title'], 'Vase broken');
    for (const customerName of ['ann@example.test', 'Unknown customer', ''])
      assert.equal(templateValuesFor({ ...base, customerName })['customer.firstName'], '', customerName);
    assert.equal(
      fillTemplate(
        DEFAULT_TEMPLATES.free.body,
        templateValuesFor({ ...base, customerName: 'ann@example.test' }),
      ).split('\n')[0],
      'Hello,',
    );
  });
});
