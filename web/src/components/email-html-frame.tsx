import '../styles/email-preview.css';

/**
 * An email's HTML exactly as a customer's mail client would lay it out. It is untrusted (customer
 * names are in it), so it renders in a frame sandboxed with no permissions at all: no scripts, no
 * same-origin access to the console, no forms, no navigation of the console.
 */
export function EmailHtmlFrame({ html, title }: { html: string; title: string }) {
  return <iframe className="email-frame" sandbox="" srcDoc={html} title={title} />;
}
