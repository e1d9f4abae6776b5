import type { Brand } from '../../core/brand/brand.ts';
import type { SurveyEmailFacts } from './find-survey-email-facts.ts';

/**
 * The survey email template (mail/out/survey-email.ts#renderSurveyEmail) as previews and tests call
 * it: the runtime hands it to the HTTP app, since neither app nor http may import mail.
 */
export type RenderSurveyEmail = (
  facts: SurveyEmailFacts,
  sender: { from: { name: string; address: string }; messageId: string },
  brand: Brand,
) => {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  to: { address: string };
};
