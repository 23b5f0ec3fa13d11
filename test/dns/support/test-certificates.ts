import { execFileSync } from "child_process";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";

/** A PEM key and certificate. */
export interface KeyAndCertificate {
  /** PEM private key. */
  readonly key: string;
  /** PEM certificate. */
  readonly cert: string;
}

/** A test CA made with the `openssl` CLI in `dir`; issues leaf certificates for DNS names. */
export class TestCertificateAuthority {
  /** PEM file of the CA certificate (for `--cacert`). */
  public readonly certFile: string;
  private serial = 1;

  constructor(private readonly dir: string) {
    this.certFile = join(dir, "ca.crt");
    openssl(["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", join(dir, "ca.key"), "-out", this.certFile, "-days", "30", "-subj", "/CN=dualcloud verify test CA"]);
  }

  /** A leaf certificate for `names` (the first is the CN), valid for `days`. */
  issue(names: readonly string[], days = 30): KeyAndCertificate {
    const base = join(this.dir, `leaf-${this.serial++}`);
    openssl(["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", `${base}.key`, "-out", `${base}.csr`, "-subj", `/CN=${names[0]}`]);
    writeFileSync(`${base}.ext`, `subjectAltName=${names.map((n) => `DNS:${n}`).join(",")}\nextendedKeyUsage=serverAuth\n`);
    openssl(["x509", "-req", "-in", `${base}.csr`, "-CA", this.certFile, "-CAkey", join(this.dir, "ca.key"), "-set_serial", String(this.serial), "-days", String(days), "-extfile", `${base}.ext`, "-out", `${base}.crt`]);
    return { key: readFileSync(`${base}.key`, "utf8"), cert: readFileSync(`${base}.crt`, "utf8") };
  }
}

function openssl(args: string[]): void {
  execFileSync("openssl", args, { stdio: ["ignore", "ignore", "pipe"] });
}
