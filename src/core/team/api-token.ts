/** A machine client's credential. The secret itself is shown once at creation and stored only hashed. */
export type ApiToken = {
  id: string;
  userId: string;
  name: string;
  /** The first characters of the token, so a person can tell tokens apart without the secret. */
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | undefined;
  revokedAt: Date | undefined;
};
