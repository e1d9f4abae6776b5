import type { ScalePoint, SurveyKind } from './survey-scale.ts';

/** A question asked after a touchpoint (an order, a delivery, a support reply, a visit…). */
export type Survey = {
  id: string;
  name: string;
  kind: SurveyKind;
  /** The kind of touchpoint it follows, e.g. "delivery"; happiness is reported per type. */
  touchpointType: string;
  /** Shown above the answers, e.g. "How did we do with your delivery?" */
  question: string;
  /** The answers, best first, with their labels, colours and icons. */
  scale: ScalePoint[];
  active: boolean;
  createdAt: Date;
};
