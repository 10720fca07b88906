// The peer server as a process of its own, for the throughput section:
//   tsx tests/bench/peer/peer-main.ts <bolt uri> <port>
// Prints "listening <url>" once it answers.
import { startPeerServer } from './peer-server.js';

const [uri, port] = process.argv.slice(2);
if (!uri || !port) throw new Error('usage: peer-main.ts <bolt uri> <port>');
const server = await startPeerServer(uri, { port: Number(port) });
console.log(`listening ${server.url}`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
