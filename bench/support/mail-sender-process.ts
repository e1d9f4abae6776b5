/**
 * Child-process entry for the inbound-mail benchmark's sender: nodemailer's SMTP pool in its own
 * process, so its work never runs on the receiving event loop. Sent one batch at a time: the mails,
 * and a rate (mails per second, 0 for as fast as the pool goes); answers with when each send started
 * and ended (epoch ms, the clock the receiving process shares) and which were refused.
 */
import { createTransport } from 'nodemailer';

export type SendBatch = {
  type: 'send';
  port: number;
  mails: { from: string; to: string; raw: string }[];
  ratePerSecond: number;
  connections: number;
};
export type SendResult = { type: 'sent'; startedAt: number[]; endedAt: number[]; failures: string[] };

process.on('message', (message: SendBatch) => {
  sendBatch(message).then(
    (result) => process.send?.(result),
    (error: Error) => process.send?.({ type: 'sent', startedAt: [], endedAt: [], failures: [error.message] }),
  );
});

async function sendBatch(batch: SendBatch): Promise<SendResult> {
  const transport = createTransport({
    host: '127.0.0.1',
    port: batch.port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: batch.connections,
    maxMessages: Number.POSITIVE_INFINITY,
  });
  const startedAt: number[] = [];
  const endedAt: number[] = [];
  const failures: string[] = [];
  const t0 = Date.now();
  try {
    await Promise.all(
      batch.mails.map(async (mail, index) => {
        if (batch.ratePerSecond > 0) {
          const due = t0 + (index * 1000) / batch.ratePerSecond;
          if (due > Date.now()) await new Promise((resolve) => setTimeout(resolve, due - Date.now()));
        }
        startedAt[index] = Date.now();
        try {
          await transport.sendMail({ envelope: { from: mail.from, to: [mail.to] }, raw: mail.raw });
        } catch (error) {
          failures.push(`${index}: ${(error as Error).message}`);
        }
        endedAt[index] = Date.now();
      }),
    );
  } finally {
    transport.close();
  }
  return { type: 'sent', startedAt, endedAt, failures };
}
