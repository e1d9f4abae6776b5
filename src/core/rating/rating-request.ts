/** One customer asked about one touchpoint with one survey. Its links name it by `key`. */
export type RatingRequest = {
  id: string;
  key: string;
  surveyId: string;
  customerId: string;
  touchpointType: string;
  /** The business's own reference for the touchpoint, e.g. order "4471". */
  touchpointRef: string;
  teamId: string | undefined;
  negativeAtMost: number;
  createdAt: Date;
  expiresAt: Date;
  firstAnsweredAt: Date | undefined;
  lastAnsweredAt: Date | undefined;
  lastScore: number | undefined;
  caseId: string | undefined;
};
