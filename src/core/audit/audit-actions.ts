/**
 * What the audit log's actions mean, in words an admin reads. An action missing here still shows
 * (as its code); this list names the ones Amends writes today, so the console can offer them as filters.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'session.created': 'Signed in',
  'user.created': 'Person added',
  'user.updated': 'Person changed',
  'user.password_reset': 'Password reset on the server',
  'user.password_reset_link_created': 'Password link made',
  'user.password_reset_link_mailed': 'Password link mailed',
  'user.password_reset_requested': 'Password link asked for at sign-in',
  'user.password_set_from_link': 'Password chosen from a link',
  'team.created': 'Team added',
  'team.member_added': 'Added to a team',
  'api_token.created': 'API token created',
  'api_token.revoked': 'API token revoked',
  'case.opened': 'Case opened',
  'case.handed_off': 'Case handed off',
  'case.status_changed': 'Case status changed',
  'case.reopened': 'Case reopened',
  'case.status_link_issued': 'New status link issued',
  'customer.created': 'Customer added',
  'customer.updated': 'Customer changed',
  'survey.created': 'Survey created',
  'survey.updated': 'Survey changed',
  'rating_request.created': 'Rating requested',
  'blast.started': 'Blast started',
  'email.unsubscribed': 'Unsubscribed',
  'settings.feedback_rules_updated': 'Feedback rules changed',
  'message_template.updated': 'Message template changed',
  'message_template.reset': 'Message template reset',
};
