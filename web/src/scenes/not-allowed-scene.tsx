import type { Role } from '../api/types.ts';
import { PageHead } from '../components/page-title.tsx';
import { usePeople } from '../people.tsx';
import { Link } from '../router.tsx';
import { hasRole } from '../rules.ts';

const WHO: Record<Exclude<Role, 'agent'>, string> = { supervisor: 'supervisors and admins', admin: 'admins' };

/**
 * A screen above the person's role, reached by a link or a typed address: say whose it is and whom
 * to ask, rather than pretend it does not exist.
 */
export function NotAllowedScene({ least }: { least: Exclude<Role, 'agent'> }) {
  const { list } = usePeople();
  const askable = list.filter((person) => person.active && hasRole(person.role, least));
  // A handful of names is someone to ask; a whole floor of supervisors is not.
  const named = askable.slice(0, 3);
  return (
    <section className="narrow" data-testid="not-allowed">
      <PageHead title={`Only ${WHO[least]} can open this`} />
      <p>
        {named.length > 0 ? (
          <>
            Ask{' '}
            {named.map((person, i) => (
              <span key={person.id}>
                {i > 0 && (i === named.length - 1 ? ' or ' : ', ')}
                <a href={`mailto:${person.email}`}>{person.name}</a>
              </span>
            ))}{' '}
            if something here needs changing, or if you need to open it yourself.
          </>
        ) : (
          <>Ask one of them if something here needs changing, or if you need to open it yourself.</>
        )}
      </p>
      <p>
        <Link to="/">Go to the inbox</Link>
      </p>
    </section>
  );
}
