import type { ResolutionParts } from '../../core/case/case-resolution.ts';
/**
 * What a month of feedback is made of: the surveys a home-services business sends, more customers
 * (so thirty days of ratings are not ten people rating every day), the words customers write after
 * each kind of answer, and what owners write when they take such a case. All invented for the demo.
 */
import type { CustomerDetails } from '../../core/customer/customer.ts';
import type { AnswerMood } from '../../core/rating/survey-scale.ts';
import type { DemoTeam } from './demo-people.ts';

export const DEMO_SURVEYS = {
  delivery: {
    name: 'Delivery',
    kind: 'thermometer',
    touchpointType: 'delivery',
    question: 'How was your delivery?',
  },
  visit: {
    name: 'Service visit',
    kind: 'thermometer',
    touchpointType: 'service visit',
    question: "How was our technician's visit?",
  },
  support: {
    name: 'Support reply',
    kind: 'thermometer',
    touchpointType: 'support reply',
    question: 'Did our reply help?',
  },
} as const;
export type DemoSurveyKey = keyof typeof DEMO_SURVEYS;

/** How each touchpoint tends to go, best answer first (gold, green, amber, red), out of 100. */
export const ANSWER_MIX: Record<DemoSurveyKey, [number, number, number, number]> = {
  delivery: [40, 32, 16, 12],
  visit: [50, 30, 12, 8],
  support: [36, 34, 18, 12],
};

/** The team that owns each touchpoint's follow-up; support replies are partly billing questions. */
export const TOUCHPOINT_TEAM: Record<DemoSurveyKey, (roll: number) => DemoTeam> = {
  delivery: () => 'Front line',
  visit: () => 'Front line',
  support: (roll) => (roll < 0.35 ? 'Billing' : 'Front line'),
};

/** The mailed check-in after the spring maintenance round: one blast, answered over the next days. */
export const DEMO_BLAST = {
  name: 'Spring maintenance check-in',
  survey: 'visit' as DemoSurveyKey,
  daysAgo: 12,
};

export const COMMENTS: Record<DemoSurveyKey, Record<AnswerMood, string[]>> = {
  delivery: {
    positive: [
      'Arrived a day early and the driver carried it right into the laundry room. Great service!',
      'Friendly driver, careful with the stairs, and he took the packaging away. Thank you!',
      'Right on time in the morning window. Perfect.',
      'The text with the live map was really handy. Excellent delivery.',
      'Everything arrived in perfect condition. Thanks a lot.',
    ],
    neutral: [],
    negative: [
      'The box was left in the rain by the garage and the side panel is dented.',
      'Nobody came in the 8–12 window and nobody called. I took the morning off for this.',
      'The driver refused to bring it upstairs even though I paid for installation delivery.',
      'Wrong colour again. This is the second time you send me the wrong model.',
      'They dropped the fridge on my porch and scratched the door. Very disappointed.',
      'Three days late and the tracking said delivered the whole time. Useless.',
    ],
  },
  visit: {
    positive: [
      'Sam explained everything he did and left the place spotless. Excellent.',
      'Quick, polite and the boiler runs quieter than ever. Thank you!',
      'The technician called ahead, arrived on time and fixed it in half an hour. Great job.',
      'Very professional, wore shoe covers and showed me how to clean the filter myself.',
      'Lovely visit, the furnace is working perfectly again.',
    ],
    neutral: [],
    negative: [
      'The technician arrived three hours late and left without finishing. The dryer still stops mid-cycle.',
      'He could not fix it and wants to charge me for a second visit. That is not fair.',
      'Muddy boot prints across the hallway carpet and no apology.',
      'The heating failed again the same evening. We are cold and nobody answers the phone.',
      'He was rude to my mother and rushed through the inspection in ten minutes.',
    ],
  },
  support: {
    positive: [
      'Mei sorted out my invoice in one email. Very helpful, thank you!',
      'Clear answer and a follow-up the next day to check. Great support.',
      'Thanks, the refund arrived this morning.',
      'Helpful and quick, exactly what I needed.',
    ],
    neutral: [],
    negative: [
      'Your reply did not answer my question at all. I asked about the double charge twice.',
      'I was told someone would call me back within a day. It has been a week.',
      'Copy-paste answer that ignores what I wrote. Frustrating.',
      'Still charged for a plan I cancelled in January. Nobody seems to care.',
    ],
  },
};

/** What a customer writes when a recovery won them back (their rating changes too). */
export const WON_BACK_COMMENTS = [
  'Thanks for calling me back so quickly. It is sorted now and I really appreciate it.',
  'Much better. The replacement came the next day and the credit was a kind gesture.',
  'You made it right. Thank you for taking it seriously.',
  'Grace followed up personally. Happy again, thank you.',
];

/** What an owner writes when taking a feedback case, and when it is put right; `{first}`, `{ref}` filled in. */
export const OWNER_NOTES: Record<
  DemoSurveyKey,
  { acknowledge: string; resolve: string; resolution: ResolutionParts }
> = {
  delivery: {
    acknowledge:
      'Called {first} about delivery {ref}: apologised, and checking with the carrier now. Promised a call back today.',
    resolve:
      'Replacement delivered and the damaged unit collected; {first} confirmed all is well. The carrier has the photos.',
    resolution: {
      whatWentWrong: 'Delivery {ref} was damaged in transit: the box was crushed at the carrier’s depot.',
      howFixed: 'A replacement went out on the next van and the damaged unit was collected at no cost.',
      whyNotAgain:
        'Heavy items now ship in a double-walled box, and the carrier reviews the depot’s handling.',
    },
  },
  visit: {
    acknowledge:
      'Called {first} about visit {ref}: apologised and booked a senior technician for the first slot, no charge.',
    resolve:
      'Second visit finished the job and the call-out fee is waived. {first} tested it with us on the phone.',
    resolution: {
      whatWentWrong: 'Visit {ref} ended before the job was done: the technician lacked the right part.',
      howFixed:
        'A senior technician came back with the part and finished the job; the call-out fee is waived.',
      whyNotAgain: 'Technicians now check the parts list against the booking the day before each visit.',
    },
  },
  support: {
    acknowledge:
      'Wrote to {first} about ticket {ref}: apologised that our reply missed the point; I own it from here.',
    resolve:
      'Answered every question in one call and credited $15 for the back-and-forth. {first} thanked us.',
    resolution: {
      whatWentWrong: 'Our reply to ticket {ref} answered a different question from the one asked.',
      howFixed: 'Every question was answered in one call, and $15 was credited for the back-and-forth.',
      whyNotAgain: 'Replies now quote the customer’s questions and answer each one before they are sent.',
    },
  },
};

/** More customers, so a month of ratings comes from a realistic crowd. Phones in the 555-01xx fiction range. */
const MORE_NAMES = [
  'Olivia Brandt',
  'Noah Fischer',
  'Amara Eze',
  'Lucas Moreau',
  'Hannah Kowalski',
  'Mateo Rossi',
  'Zoe Lindqvist',
  'Ethan Park',
  'Leila Haddad',
  'Samuel Adeyemi',
  'Chloe Dubois',
  'Omar Farouk',
  'Isabel Costa',
  'Jack Murphy',
  'Yuki Tanaka',
  'Grace Whitman',
  'Diego Alvarez',
  'Freya Nilsen',
  'Ibrahim Said',
  'Maya Goldstein',
  'Theo Novak',
  'Nina Petrova',
  'Caleb Turner',
  'Aaliyah Brooks',
  'Felix Wagner',
  'Sara Lindgren',
  'Arjun Mehta',
  'Lena Vogel',
  'Tomasz Zielinski',
  'Rosa Jimenez',
];
const PLANS = ['Home Care Basic', 'Home Care Plus', 'Home Care Premium', 'Pay as you go'];

export const MORE_CUSTOMERS: (CustomerDetails & { externalId: string })[] = MORE_NAMES.map((name, i) => {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .replace(/ /g, '-');
  return {
    externalId: `demo-${slug}`,
    name,
    emails: [`${slug.replace('-', '.')}@example.${['com', 'net', 'org'][i % 3]}`],
    phones: [`+1 612 555 01${String(i + 50).padStart(2, '0')}`],
    attributes: {
      plan: PLANS[i % PLANS.length],
      // A spread from new pay-as-you-go customers to long-standing premium ones.
      lifetimeValue: [140, 420, 760, 1180, 2350, 3900][i % 6],
      currency: 'USD',
      customerSince: `20${18 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}`,
    },
  };
});

/** Feedback of the last days, told on purpose so every screen has its example, whatever the dice said above. */
export type RecentStory = {
  customer: string;
  survey: DemoSurveyKey;
  ref: string;
  hoursAgo: number;
  score: number;
  comment?: { text: string; minutesAfter: number };
  /** Minutes after the case opened that its owner takes it (opens and acknowledges it); never when absent. */
  ownerTakesAfter?: number;
  /** The customer changes their answer this many hours after the owner took it, and says why. */
  changeTo?: { score: number; hoursAfter: number; text: string };
};

export const RECENT_STORIES: RecentStory[] = [
  {
    // Rated first and wrote later: the case opened with a placeholder story, and took her words.
    customer: 'demo-olivia-brandt',
    survey: 'delivery',
    ref: '#48391',
    hoursAgo: 30,
    score: 1,
    comment: {
      text: 'The washer arrived with a cracked door glass and the driver left before I could show him.',
      minutesAfter: 45,
    },
    ownerTakesAfter: 90,
  },
  {
    // Won back while the case is still open: the case page suggests resolving; nothing changes by itself.
    customer: 'demo-noah-fischer',
    survey: 'visit',
    ref: 'V-48388',
    hoursAgo: 50,
    score: 1,
    comment: {
      text: 'The technician left the boiler panel off and water is dripping onto the floor.',
      minutesAfter: 2,
    },
    ownerTakesAfter: 40,
    changeTo: {
      score: 3,
      hoursAfter: 20,
      text: 'Your senior technician came first thing and fixed it properly. Thank you for sorting it out.',
    },
  },
  {
    customer: 'demo-amara-eze',
    survey: 'visit',
    ref: 'V-48395',
    hoursAgo: 3,
    score: 2,
    comment: {
      text: 'He fixed the thermostat but left without testing the radiators upstairs. Still cold up there.',
      minutesAfter: 3,
    },
  },
  {
    // A green click with a complaint under it: the comment rule opens the case.
    customer: 'demo-lucas-moreau',
    survey: 'delivery',
    ref: '#48397',
    hoursAgo: 6,
    score: 3,
    comment: { text: 'The driver was rude and threw the parcel over the gate. Terrible.', minutesAfter: 2 },
  },
  {
    // Just in: a red click from a valued customer opened a critical case minutes before the load, so
    // a newcomer's inbox starts with a clock running, not one that broke overnight.
    customer: 'demo-hannah-kowalski',
    survey: 'support',
    ref: 'T-48399',
    // Asked 24 minutes ago, answered 20 minutes later: the case opens two minutes before the load.
    hoursAgo: 0.4,
    score: 1,
  },
];
