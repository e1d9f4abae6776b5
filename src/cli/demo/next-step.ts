/**
 * What to do after loading the demo, by whether Amends is running on that data: start it, or just
 * open it — "npm start" to someone whose Amends is already up would only meet "port in use".
 * @example nextStep(true, 'http://localhost:3000') // 'Amends is running: open http://localhost:3000 …'
 */
export function nextStep(amendsRunning: boolean | undefined, url: string): string {
  const then = 'sign in as the supervisor to see every case.';
  if (amendsRunning === true) return `Amends is running: open ${url} and ${then}`;
  if (amendsRunning === false) return `Next: npm start, open ${url}, and ${then}`;
  // With DATABASE_URL Amends may run on another machine: say both.
  return `Open Amends at ${url} (npm start, if it is not running yet) and ${then}`;
}
