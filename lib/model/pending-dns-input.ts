/**
 * A static input not given yet (`dns.nameServers.<cloud>`,
 * `dns.certificateValidation.<cloud>`): until it is, the names only it makes
 * resolvable in a copy are reported as pending, not as findings.
 */
export interface PendingDnsInput {
  /** The prop, e.g. `dns.nameServers.aws`. */
  readonly field: string;
  /** Where to copy it from, e.g. `orders-global-aws output name_servers`. */
  readonly source: string;
  /**
   * Names at or below this one (absolute) wait for it.
   * @default - no name by position
   */
  readonly under?: string;
  /**
   * Certificate-validation names wait for it.
   * @default false
   */
  readonly certificateValidation?: boolean;
}
