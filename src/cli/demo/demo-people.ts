/**
 * Who is in the demo: the teams, the people who work the cases (they share one password, printed at
 * load), and the customers, each marked by an external id starting `demo-` so a second load finds them.
 */
import type { CustomerDetails } from '../../core/customer/customer.ts';
import type { Role } from '../../core/team/role.ts';

export const DEMO_TEAMS = ['Front line', 'Billing'] as const;
export type DemoTeam = (typeof DEMO_TEAMS)[number];

export type DemoPerson = { name: string; email: string; role: Role; teams: DemoTeam[] };

export const DEMO_STAFF = {
  grace: {
    name: 'Grace Adeyemi',
    email: 'grace.adeyemi@demo.amends.local',
    role: 'supervisor',
    // Supervisors watch every queue; kept out of the teams so the assignment rule gives cases to agents.
    teams: [],
  },
  tomas: {
    name: 'Tomás Herrera',
    email: 'tomas.herrera@demo.amends.local',
    role: 'agent',
    teams: ['Front line'],
  },
  priya: {
    name: 'Priya Raman',
    email: 'priya.raman@demo.amends.local',
    role: 'agent',
    teams: ['Front line'],
  },
  jonah: {
    name: 'Jonah Whitfield',
    email: 'jonah.whitfield@demo.amends.local',
    role: 'agent',
    teams: ['Front line'],
  },
  mei: { name: 'Mei Lin Chen', email: 'meilin.chen@demo.amends.local', role: 'agent', teams: ['Billing'] },
} satisfies Record<string, DemoPerson>;
export type StaffKey = keyof typeof DEMO_STAFF;

/** Phone numbers are in 555-0100…0199, the range set aside for fiction; emails are on example domains. */
export const DEMO_CUSTOMERS = {
  ava: {
    externalId: 'demo-ava-thompson',
    name: 'Ava Thompson',
    emails: ['ava.thompson@example.com'],
    phones: ['+1 612 555 0142'],
    attributes: {
      plan: 'Home Care Premium',
      lifetimeValue: 4820,
      currency: 'USD',
      customerSince: '2019-04-12',
      city: 'Minneapolis',
    },
  },
  marcus: {
    externalId: 'demo-marcus-bell',
    name: 'Marcus Bell',
    emails: ['marcus.bell@example.net'],
    phones: ['+1 651 555 0178'],
    attributes: {
      plan: 'Home Care Plus',
      lifetimeValue: 1310,
      currency: 'USD',
      customerSince: '2021-09-30',
      city: 'Saint Paul',
    },
  },
  sofia: {
    externalId: 'demo-sofia-navarro',
    name: 'Sofía Navarro',
    emails: ['sofia.navarro@example.org'],
    phones: ['+1 952 555 0113'],
    attributes: {
      plan: 'Home Care Basic',
      lifetimeValue: 640,
      currency: 'USD',
      customerSince: '2023-02-07',
      city: 'Edina',
    },
  },
  henrik: {
    externalId: 'demo-henrik-larsen',
    name: 'Henrik Larsen',
    emails: ['henrik.larsen@example.com'],
    phones: ['+1 763 555 0191'],
    attributes: {
      plan: 'Home Care Premium',
      lifetimeValue: 3275,
      currency: 'USD',
      customerSince: '2020-11-02',
      city: 'Duluth',
    },
  },
  aisha: {
    externalId: 'demo-aisha-khan',
    name: 'Aisha Khan',
    emails: ['aisha.khan@example.net'],
    phones: ['+1 612 555 0167'],
    attributes: {
      plan: 'Pay as you go',
      lifetimeValue: 185,
      currency: 'USD',
      customerSince: '2025-01-19',
      city: 'Minneapolis',
    },
  },
  daniel: {
    externalId: 'demo-daniel-okoro',
    name: 'Daniel Okoro',
    emails: ['daniel.okoro@example.com'],
    phones: ['+1 651 555 0129'],
    attributes: {
      plan: 'Home Care Plus',
      lifetimeValue: 2140,
      currency: 'USD',
      customerSince: '2019-08-23',
      city: 'Roseville',
    },
  },
  emily: {
    externalId: 'demo-emily-sato',
    name: 'Emily Sato',
    emails: ['emily.sato@example.org'],
    phones: ['+1 952 555 0150'],
    attributes: {
      plan: 'Home Care Basic',
      lifetimeValue: 520,
      currency: 'USD',
      customerSince: '2024-03-15',
      city: 'Bloomington',
    },
  },
  liam: {
    externalId: 'demo-liam-obrien',
    name: "Liam O'Brien",
    emails: ['liam.obrien@example.com'],
    phones: ['+1 763 555 0104'],
    attributes: {
      plan: 'Home Care Premium',
      lifetimeValue: 5960,
      currency: 'USD',
      customerSince: '2018-06-01',
      city: 'Plymouth',
    },
  },
  ruth: {
    externalId: 'demo-ruth-goldberg',
    name: 'Ruth Goldberg',
    emails: ['ruth.goldberg@example.net'],
    phones: ['+1 612 555 0186'],
    attributes: {
      plan: 'Home Care Plus',
      lifetimeValue: 1725,
      currency: 'USD',
      customerSince: '2022-05-10',
      city: 'Minneapolis',
    },
  },
  kwame: {
    externalId: 'demo-kwame-mensah',
    name: 'Kwame Mensah',
    emails: ['kwame.mensah@example.org'],
    phones: ['+1 651 555 0135'],
    socialHandles: ['instagram:@kwamecooks'],
    attributes: {
      plan: 'Home Care Basic',
      lifetimeValue: 890,
      currency: 'USD',
      customerSince: '2024-10-28',
      city: 'Saint Paul',
    },
  },
} satisfies Record<string, CustomerDetails & { externalId: string }>;
export type CustomerKey = keyof typeof DEMO_CUSTOMERS;
