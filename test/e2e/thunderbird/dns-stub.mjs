// Loopback DNS stub for Postfix's "dnsfail" transport only (through the chroot's resolv.conf):
// every query gets NXDOMAIN, so mail to nohost.example.test bounces with "Host not found".
// Binds 127.0.0.1:53/udp; answers only 127.0.0.1. The machine's own resolver is not touched.
import dgram from 'node:dgram';

const sock = dgram.createSocket('udp4');
sock.on('message', (q, peer) => {
  if (q.length < 12 || peer.address !== '127.0.0.1') return;
  // End of the question section: the name's labels, the root label, QTYPE and QCLASS.
  let end = 12;
  while (end < q.length && q[end] !== 0) end += 1 + q[end];
  end += 5;
  if (end > q.length) return;
  const r = Buffer.from(q.subarray(0, end));
  r[2] = 0x80 | (q[2] & 0x01); // QR, copy RD
  r[3] = 0x80 | 3; // RA, NXDOMAIN
  r.writeUInt16BE(1, 4); // one question
  r.fill(0, 6, 12); // no answers, authority, additional
  sock.send(r, peer.port, peer.address);
});
sock.bind(Number(process.argv[2] ?? 53), '127.0.0.1');
