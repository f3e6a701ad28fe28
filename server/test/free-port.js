// A TCP port nobody listens on right now, for test servers (Neo4j's Bolt, the app's HTTP).
import net from 'node:net';
export async function freePort() {
    return new Promise((resolve, reject) => {
        const srv = net.createServer();
        srv.once('error', reject);
        srv.listen(0, '127.0.0.1', () => {
            const addr = srv.address();
            if (addr === null || typeof addr === 'string') {
                srv.close();
                reject(new Error('no TCP address'));
                return;
            }
            srv.close(() => resolve(addr.port));
        });
    });
}
//# sourceMappingURL=free-port.js.map