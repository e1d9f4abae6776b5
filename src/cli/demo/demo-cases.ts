import type { ResolutionParts } from '../../core/case/case-resolution.ts';
/**
 * A dozen service-recovery stories, each played through the real use cases at the times given (in
 * minutes before the load), so the inbox, the timelines and the timers look like a working day.
 * Together they cover every status, one hand-off with its reason and one reopened case.
 */
import type { CaseStatus } from '../../core/case/case-status.ts';
import type { Channel } from '../../core/case/channel.ts';
import type { Severity } from '../../core/case/severity.ts';
import type { CustomerKey, DemoTeam, StaffKey } from './demo-people.ts';

/** Who acts: a named person, or (by default) whoever owns the case at that moment. */
type By = { by?: StaffKey };

export type DemoStep = { minutesAgo: number } & (
  | ({ kind: 'note'; body: string } & By)
  | ({ kind: 'status'; status: CaseStatus; note?: string; resolution?: ResolutionParts } & By)
  | { kind: 'handoff'; to: StaffKey; reason: string }
  /** The owner writes to the customer (by email, and on the customer's status page). */
  | { kind: 'message'; text: string }
  /** The customer writes back on their status page. */
  | { kind: 'reply'; text: string }
  /** The owner asks about a knock-on need of the case's issue type (demo-issue-types.ts). */
  | { kind: 'need'; label: string; answer: 'needed' | 'not_needed'; note?: string }
);

export type DemoCase = {
  customer: CustomerKey;
  title: string;
  story: string;
  severity: Severity;
  channel: Channel;
  team: DemoTeam;
  /** The agent who took the call and so owns the case; without one, the assignment rule picks. */
  takenBy?: StaffKey;
  openedMinutesAgo: number;
  /** The name of one of DEMO_ISSUE_TYPES: its knock-on needs show on the case. */
  issueType?: string;
  steps: DemoStep[];
};

const HOUR = 60;
const DAY = 24 * HOUR;

export const DEMO_CASES: DemoCase[] = [
  {
    customer: 'marcus',
    title: 'Basement flooded: the sump pump we fitted failed in the storm',
    story:
      "Marcus called at 7: the sump pump we installed last month stopped during the night's storm and there is ankle-deep water in the basement. The furnace down there is off, the carpet is soaked and the boxes of photos are wet. He is insured and worried about what the insurer will ask for.",
    severity: 'high',
    channel: 'phone',
    team: 'Front line',
    takenBy: 'priya',
    openedMinutesAgo: 5 * HOUR,
    issueType: 'Flooded basement',
    steps: [
      {
        minutesAgo: 5 * HOUR - 10,
        kind: 'status',
        status: 'acknowledged',
        note: 'Called Marcus back: apologised, a technician is on the way with a replacement pump.',
      },
      {
        minutesAgo: 4 * HOUR,
        kind: 'need',
        label: 'Water damage restoration',
        answer: 'needed',
        note: 'Basement and the stairs carpet; Marcus is home all afternoon.',
      },
      {
        minutesAgo: 4 * HOUR - 5,
        kind: 'need',
        label: 'An insurance letter',
        answer: 'needed',
        note: 'I will write the letter confirming the pump failed, with the install date, and mail it today.',
      },
    ],
  },
  {
    customer: 'henrik',
    title: 'Furnace out overnight at −18 °C, baby at home',
    story:
      'Henrik called first thing this morning. The furnace we serviced two weeks ago stopped overnight; the house is at 12 °C and falling, it is −18 °C outside, and they have a four-month-old. The thermostat shows E4 (flame sensor). He has reset it twice as the app suggests. He needs heat today, not the next regular slot.',
    severity: 'critical',
    channel: 'phone',
    team: 'Front line',
    takenBy: 'tomas',
    openedMinutesAgo: 50,
    steps: [
      {
        minutesAgo: 46,
        kind: 'status',
        status: 'acknowledged',
        note: 'Called Henrik back: apologised and told him an emergency technician is being dispatched now.',
      },
      {
        minutesAgo: 40,
        kind: 'note',
        body: 'Emergency visit booked: Sam R. (on call), arriving within two hours. Sam drops two space heaters from the depot on the way. Henrik knows both.',
      },
      {
        minutesAgo: 30,
        kind: 'note',
        by: 'grace',
        body: 'Our visit two weeks ago replaced the igniter. If the flame sensor is at fault this is probably our miss: waive the call-out fee, and read the visit report before we talk about the cause.',
      },
    ],
  },
  {
    customer: 'marcus',
    title: 'Charged twice for the Home Care Plus renewal',
    story:
      'Marcus wrote in chat: his card was charged $189.00 twice on March 3 for the annual Home Care Plus renewal. Both charges have settled and pushed his account into overdraft; his bank charged him $35. He has both transaction references and wants the duplicate back and the overdraft fee covered.',
    severity: 'high',
    channel: 'chat',
    team: 'Front line',
    openedMinutesAgo: DAY + 3 * HOUR,
    steps: [
      {
        minutesAgo: DAY + 2 * HOUR + 30,
        kind: 'status',
        status: 'acknowledged',
        note: 'Apologised in chat and confirmed both charges on his account. Told Marcus the duplicate will be reversed and he hears from us by 5 pm.',
      },
      {
        minutesAgo: DAY + 2 * HOUR,
        kind: 'note',
        body: 'The refund button is greyed out: both charges are in one settled batch, so the front line cannot reverse just one of them.',
      },
      {
        minutesAgo: DAY + HOUR + 50,
        kind: 'handoff',
        to: 'mei',
        reason:
          'The duplicate sits in a settled batch and only Billing can reverse one side in the processor. Marcus knows Mei Lin in Billing takes it from here; he also asks us to cover the $35 overdraft fee.',
      },
      {
        minutesAgo: DAY,
        kind: 'note',
        body: 'Reversal submitted in the processor (ref RV-20931): 3–5 business days to reach his card; told Marcus. A $35 goodwill credit for the overdraft fee needs a supervisor: asked Grace.',
      },
      {
        minutesAgo: 23 * HOUR,
        kind: 'note',
        by: 'grace',
        body: 'Approved the $35 credit. Marcus should not be out of pocket for our mistake.',
      },
    ],
  },
  {
    customer: 'ava',
    title: 'Washer delivery 3 days late and nobody told her',
    story:
      'Delivery system event: order #48213 (front-load washer WF45, due Monday 8–12) has not left the regional warehouse; the new estimate is Thursday. No delay notice went to the customer. Her order notes say she took Monday morning off for the delivery, and the old washer was already hauled away.',
    severity: 'normal',
    channel: 'event',
    team: 'Front line',
    openedMinutesAgo: 2 * HOUR,
    steps: [
      {
        minutesAgo: HOUR,
        kind: 'note',
        by: 'grace',
        body: 'Second problem for Ava in two weeks (the installer no-show before). Premium customer since 2019: please call her rather than email, and have a laundry-service voucher ready.',
      },
    ],
  },
  {
    customer: 'sofia',
    title: 'Wrong dishwasher delivered: white instead of stainless',
    story:
      'Sofía emailed with photos: she ordered the stainless-steel DW60 to match her new kitchen; the white model arrived and was installed before she got home. She wants the right one and does not want to pay for a second installation.',
    severity: 'normal',
    channel: 'email',
    team: 'Front line',
    openedMinutesAgo: 4 * DAY + 2 * HOUR,
    steps: [
      {
        minutesAgo: 4 * DAY + HOUR,
        kind: 'status',
        status: 'acknowledged',
        note: 'Replied by email: apologised, confirmed a picking error from the warehouse scan, offered a swap with free installation.',
      },
      {
        minutesAgo: 3 * DAY + 20 * HOUR,
        kind: 'note',
        body: 'Swap booked for Thursday 9–11 with the stainless DW60; the white unit goes back on the same truck.',
      },
      {
        minutesAgo: 2 * DAY,
        kind: 'status',
        status: 'resolved',
        note: 'Stainless DW60 installed and the white one collected; Sofía confirmed it works and matches. Cause: two look-alike SKUs in neighbouring bins. The warehouse has moved them apart.',
        resolution: {
          whatWentWrong:
            'Two look-alike dishwasher models sat in neighbouring warehouse bins, and the white one was picked instead of the stainless one.',
          howFixed:
            'The stainless DW60 was installed free of charge and the white unit collected on the same visit.',
          whyNotAgain:
            'The warehouse has moved the look-alike models apart, and the picker now scans the colour code too.',
        },
      },
      { minutesAgo: DAY, kind: 'status', status: 'closed' },
    ],
  },
  {
    customer: 'daniel',
    title: 'Our agent was dismissive and hung up on him',
    story:
      "Daniel emailed after calling about Tuesday's missed technician visit: the agent talked over him, said \"there is nothing I can do, it's the technician's schedule\", and ended the call while he was still speaking. He has been with us six years and says he is looking at other providers.",
    severity: 'high',
    channel: 'email',
    team: 'Front line',
    openedMinutesAgo: 6 * HOUR,
    steps: [
      {
        minutesAgo: 5 * HOUR + 30,
        kind: 'status',
        status: 'acknowledged',
        note: 'Called Daniel: heard the whole story, apologised without excuses, rebooked the missed visit for tomorrow 8–10 (first slot).',
      },
      {
        minutesAgo: 5 * HOUR,
        kind: 'note',
        by: 'grace',
        body: 'I\'ll listen to Tuesday\'s recording and coach the agent. "Nothing I can do" is never the answer: we could have offered the first slot then.',
      },
      {
        minutesAgo: 4 * HOUR,
        kind: 'note',
        body: 'Daniel accepted the new slot. Gave him Grace as his contact if anything else goes wrong.',
      },
    ],
  },
  {
    customer: 'emily',
    title: 'Could not book a service visit: app down all Saturday',
    story:
      'Emily tried to book her annual boiler check in the app on Saturday; every attempt ended with "Something went wrong", and our status page showed nothing. She wrote through the web form on Sunday: she needs a weekday slot before her trip and worries the good ones are gone.',
    severity: 'normal',
    channel: 'web',
    team: 'Front line',
    openedMinutesAgo: 20 * HOUR,
    steps: [
      {
        minutesAgo: 19 * HOUR,
        kind: 'message',
        text: "Hello Emily,\n\nYou are right, and I am sorry: booking in the app was down on Saturday from 07:40 to 16:15, and our status page should have said so. You should not have to chase us for a slot.\n\nI can book your boiler check by hand before the app releases next week's slots. Which weekday mornings suit you before your trip?\n\n{{owner.firstName}}",
      },
      {
        minutesAgo: 18 * HOUR + 30,
        kind: 'reply',
        text: 'Thank you! Tuesday or Wednesday morning would be perfect, I leave on Friday.',
      },
      {
        minutesAgo: 18 * HOUR,
        kind: 'note',
        body: 'Booked Wednesday 8–10 by hand before the app released the slots, and added a $20 credit for the trouble.',
      },
      {
        minutesAgo: 18 * HOUR - 5,
        kind: 'message',
        text: 'Done: your boiler check is booked for Wednesday 8–10, and a $20 credit is on your account for the trouble. The engineer will call 30 minutes before arriving.\n\n{{owner.firstName}}',
      },
      {
        minutesAgo: 3 * HOUR,
        kind: 'status',
        status: 'resolved',
        note: 'Emily confirmed the booking. Engineering: an expired certificate on the booking API; certificate renewals are now monitored.',
        resolution: {
          whatWentWrong:
            'An expired certificate on our booking system stopped your booking from going through.',
          howFixed: 'The certificate was renewed and your booking was confirmed by hand.',
          whyNotAgain: 'Certificate renewals are now monitored, with an alert weeks before any expires.',
        },
      },
    ],
  },
  {
    customer: 'ruth',
    title: 'Dryer stops mid-cycle with E7, again after the repair',
    story:
      'Ruth called: her dryer (DV80, two years old) stops 20 minutes into every cycle with error E7. Her grandchildren are staying this week and laundry is hanging all over the house.',
    severity: 'high',
    channel: 'phone',
    team: 'Front line',
    takenBy: 'priya',
    openedMinutesAgo: 6 * DAY,
    steps: [
      {
        minutesAgo: 6 * DAY - 10,
        kind: 'status',
        status: 'acknowledged',
        note: 'Apologised and booked a technician for tomorrow morning.',
      },
      {
        minutesAgo: 5 * DAY,
        kind: 'note',
        body: 'Technician replaced the thermal fuse; a full test cycle ran fine.',
      },
      {
        minutesAgo: 4 * DAY + 20 * HOUR,
        kind: 'status',
        status: 'resolved',
        note: 'Fixed on the visit: thermal fuse replaced. Ruth confirmed a full load dried.',
        resolution: {
          whatWentWrong: 'A worn thermal fuse stopped the dryer heating, and the first visit missed it.',
          howFixed: 'The thermal fuse was replaced on the visit, and a full load dried.',
          whyNotAgain: 'Technicians now test the thermal fuse on every dryer call-out.',
        },
      },
      {
        minutesAgo: DAY + 2 * HOUR,
        kind: 'status',
        status: 'open',
        note: 'Ruth called back: E7 again. The new fuse blew too, so the fuse was a symptom, not the cause; most likely a blocked vent run.',
      },
      {
        minutesAgo: DAY + HOUR,
        kind: 'status',
        status: 'acknowledged',
        note: 'Apologised that the first fix did not hold. A senior technician comes tomorrow with a vent-cleaning kit; no charge for either visit.',
      },
      {
        minutesAgo: 20 * HOUR,
        kind: 'note',
        by: 'grace',
        body: 'Reopened within a week. Let\'s add "check vent airflow" to the E7 checklist so the first visit finds the cause.',
      },
    ],
  },
  {
    customer: 'kwame',
    title: 'Public post: new oven arrived with a dented door',
    story:
      'Kwame posted on Instagram (@kwamecooks, 14k followers) a photo of a dented oven door: "Waited three weeks for this. Thanks, I guess." Social listening opened this case; he has not contacted us directly.',
    severity: 'normal',
    channel: 'social',
    team: 'Front line',
    openedMinutesAgo: 35,
    steps: [
      {
        minutesAgo: 20,
        kind: 'note',
        by: 'grace',
        body: 'Publicly, only a short "we\'ve sent you a message"; the apology and the fix go to him privately.',
      },
    ],
  },
  {
    customer: 'aisha',
    title: 'Refund for a cancelled order missing after 10 days',
    story:
      'Aisha cancelled order #47790 (microwave, $249) the day after ordering. Our email promised the refund within 5 business days; after 10 her card shows nothing. She has written twice; the first email got only an automatic reply.',
    severity: 'normal',
    channel: 'email',
    team: 'Billing',
    openedMinutesAgo: 3 * DAY,
    steps: [
      {
        minutesAgo: 3 * DAY - HOUR,
        kind: 'status',
        status: 'acknowledged',
        note: 'Apologised for the silence after her first email. The refund had been stuck in "pending approval" since the cancellation.',
      },
      {
        minutesAgo: 3 * DAY - 2 * HOUR,
        kind: 'note',
        body: 'Released the refund (processor ref RF-55120). Told Aisha it shows in 2–3 days and that I will check on Thursday.',
      },
      {
        minutesAgo: DAY,
        kind: 'status',
        status: 'resolved',
        note: 'The refund reached her card; Aisha confirmed. Cause: cancellations within 24 hours skipped the auto-approval rule. Fixed.',
        resolution: {
          whatWentWrong:
            'Cancellations within 24 hours skipped the rule that approves refunds automatically, so yours waited.',
          howFixed: 'The refund was approved by hand and reached your card.',
          whyNotAgain: 'The auto-approval rule now covers cancellations within 24 hours.',
        },
      },
      { minutesAgo: 2 * HOUR, kind: 'status', status: 'closed' },
    ],
  },
  {
    customer: 'liam',
    title: 'Red rating after the technician visit: mud through the house',
    story:
      'Liam rated Tuesday\'s water-heater service red: "The tech was fine with the heater, but walked mud through the hallway and the living-room carpet and left without a word. I had to clean up before guests arrived."',
    severity: 'normal',
    channel: 'rating',
    team: 'Front line',
    openedMinutesAgo: DAY + HOUR,
    steps: [
      {
        minutesAgo: 23 * HOUR,
        kind: 'status',
        status: 'acknowledged',
        note: 'Called Liam: apologised, no excuses. Offered a professional carpet clean at our cost; he took Friday.',
      },
      {
        minutesAgo: 22 * HOUR,
        kind: 'note',
        by: 'grace',
        body: "Shoe covers are in every van. I'll remind the whole field team at Monday's briefing.",
      },
      {
        minutesAgo: 3 * HOUR,
        kind: 'status',
        status: 'resolved',
        note: 'Carpet cleaned on Friday; Liam says it looks better than before. Sent him a thank-you.',
        resolution: {
          whatWentWrong: 'Our fitter left stains on your carpet during the installation.',
          howFixed: 'A professional cleaner cleaned the carpet on Friday.',
          whyNotAgain: 'Fitters now lay protective sheets before any work indoors.',
        },
      },
    ],
  },
  {
    customer: 'sofia',
    title: 'Paper invoice still mailed to her old address',
    story:
      'Sofía moved in January and changed her address in the app, but the February paper invoice went to her old flat. She worries about her details reaching strangers and wants email invoices only.',
    severity: 'low',
    channel: 'email',
    team: 'Billing',
    openedMinutesAgo: DAY + 2 * HOUR,
    steps: [],
  },
  {
    customer: 'ava',
    title: 'Installer did not show up for the dishwasher installation',
    story:
      'Ava took a day off for the dishwasher installation (8–12 window). Nobody came and nobody called; when she phoned at 1 pm she was told the job "had been moved". She has been on Home Care Premium since 2019.',
    severity: 'high',
    channel: 'phone',
    team: 'Front line',
    takenBy: 'jonah',
    openedMinutesAgo: 10 * DAY,
    steps: [
      {
        minutesAgo: 10 * DAY - 10,
        kind: 'status',
        status: 'acknowledged',
        note: 'Apologised: dispatch moved the job without telling her. Booked the first slot tomorrow, 8–10, with a confirmation call tonight.',
      },
      {
        minutesAgo: 10 * DAY - 2 * HOUR,
        kind: 'note',
        body: 'Credited one month of Premium ($39) for the lost day.',
      },
      {
        minutesAgo: 9 * DAY,
        kind: 'status',
        status: 'resolved',
        note: 'Installed the next morning. Ava is happy with the installation, and thanked us for the credit.',
        resolution: {
          whatWentWrong:
            'The installation was missed because the booking was on the wrong day in our schedule.',
          howFixed: 'It was installed the next morning, with a credit for the wait.',
          whyNotAgain: 'Bookings are now confirmed back to the customer with the date, the day before.',
        },
      },
      { minutesAgo: 5 * DAY, kind: 'status', status: 'closed' },
    ],
  },
];
