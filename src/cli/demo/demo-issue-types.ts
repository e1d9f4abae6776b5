import type { IssueTypeInput } from '../../core/knock-on/issue-type.ts';

/**
 * The demo's issue types with their checklists of knock-on needs (issue 12's own example): a flooded
 * basement also needs drying out, a letter for the insurer, and heat meanwhile.
 */
export const DEMO_ISSUE_TYPES: IssueTypeInput[] = [
  {
    name: 'Flooded basement',
    archived: false,
    needs: [
      {
        label: 'Water damage restoration',
        partnerName: 'DryFast Restoration',
        partnerContact: '+1 555 0142',
      },
      { label: 'An insurance letter' },
      { label: 'Temporary heating', partnerName: 'HeatHire', partnerContact: 'rentals@heathire.example' },
    ],
  },
];
