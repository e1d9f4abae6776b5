import net from 'node:net';

export type SmtpReply = { code: number; text: string };

/**
 * An SMTP conversation by hand over a socket, for what a mail library would not do on purpose:
 * declare a SIZE, stop in the middle of DATA. `command` sends a line and waits for its whole reply.
 */
export async function openSmtpDialog(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let buffer = '';
  const waiting: ((reply: SmtpReply) => void)[] = [];
  const replies: SmtpReply[] = [];
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    // A reply ends with a line "NNN text" (a space after the code); "NNN-text" lines continue it.
    for (let match = /^(\d{3}) .*\r\n/m.exec(buffer); match; match = /^(\d{3}) .*\r\n/m.exec(buffer)) {
      const end = match.index + match[0].length;
      const reply = { code: Number(match[1]), text: buffer.slice(0, end) };
      buffer = buffer.slice(end);
      const next = waiting.shift();
      if (next) next(reply);
      else replies.push(reply);
    }
  });
  const nextReply = () =>
    new Promise<SmtpReply>((resolve) => {
      const ready = replies.shift();
      if (ready) resolve(ready);
      else waiting.push(resolve);
    });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const greeting = await nextReply();
  return {
    greeting,
    command(line: string): Promise<SmtpReply> {
      socket.write(`${line}\r\n`);
      return nextReply();
    },
    /** Writes DATA bytes without waiting for anything. */
    write(data: string): void {
      socket.write(data);
    },
    /** Ends DATA (`.` alone on a line) and waits for the verdict. */
    endData(): Promise<SmtpReply> {
      socket.write('\r\n.\r\n');
      return nextReply();
    },
    close(): void {
      socket.end();
    },
  };
}
