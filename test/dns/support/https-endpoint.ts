import { Server, createServer } from "https";
import { AddressInfo } from "net";
import { KeyAndCertificate } from "./test-certificates";

/** A local HTTPS server standing in for one datacentre endpoint. */
export interface TestEndpoint {
  /** Port on 127.0.0.1. */
  readonly port: number;
  /** Closes it. */
  close(): Promise<void>;
}

/** Serves `healthPath` with `status` (404 elsewhere) on 127.0.0.1 with the given certificate. */
export async function startEndpoint(certificate: KeyAndCertificate, healthPath: string, status: number): Promise<TestEndpoint> {
  const server: Server = createServer({ ...certificate, minVersion: "TLSv1.2" }, (req, res) => {
    res.writeHead(req.url === healthPath ? status : 404, { "content-type": "text/plain" });
    res.end(req.url === healthPath && status === 200 ? "ok\n" : "not ok\n");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
