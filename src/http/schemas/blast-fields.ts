import { z } from 'zod';
import { text } from '../route.ts';

/** What a blast is, apart from its list: the JSON body's fields and the CSV upload's query. */
export const blastFields = {
  /** The survey to send (it must be active). */
  surveyId: z.uuid({ error: 'Choose the survey to send.' }),
  /** For the console; defaults to the survey's name and today's date. */
  name: text(200).optional(),
  /** The touchpoint type of the rating requests; defaults to the survey's. */
  touchpointType: text(100).optional(),
};
