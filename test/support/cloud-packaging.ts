/** The parts of package.json the packaging check reads. */
export interface PackageManifest {
  readonly exports?: Readonly<Record<string, unknown>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly peerDependenciesMeta?: Readonly<Record<string, { readonly optional?: boolean }>>;
}

/** A cloud as the packaging check sees it: its name and its provider package. */
export interface PackagedCloud {
  readonly name: string;
  readonly providerPackage: string;
}

/** Subpath exports that belong to no cloud. */
const NEUTRAL_EXPORTS = [".", "./package.json"];

/**
 * What package.json and typedoc.json lack for the registry's clouds (they are
 * static JSON, so a new cloud's packaging cannot be derived, only checked):
 * every provider package is a peer dependency, and a cloud whose provider is
 * an optional peer has its entry point `lib/<cloud>.ts`, the subpath export
 * `./<cloud>` and a typedoc entry point; no export names a cloud that is not
 * optional. Each gap is one line naming the file and what to add.
 */
export function packagingGaps(clouds: readonly PackagedCloud[], pkg: PackageManifest, typedocEntryPoints: readonly string[], fileExists: (path: string) => boolean): string[] {
  const gaps: string[] = [];
  const optional = clouds.filter((c) => pkg.peerDependenciesMeta?.[c.providerPackage]?.optional === true);
  for (const cloud of clouds) {
    if (pkg.peerDependencies?.[cloud.providerPackage] === undefined) gaps.push(`package.json: peerDependencies lacks ${cloud.providerPackage} (${cloud.name})`);
  }
  for (const { name } of optional) {
    const expected = { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` };
    if (JSON.stringify(pkg.exports?.[`./${name}`]) !== JSON.stringify(expected)) gaps.push(`package.json: exports["./${name}"] must be ${JSON.stringify(expected)}`);
    if (!typedocEntryPoints.includes(`lib/${name}.ts`)) gaps.push(`typedoc.json: entryPoints lacks lib/${name}.ts`);
    if (!fileExists(`lib/${name}.ts`)) gaps.push(`lib/${name}.ts: the entry point of ${name}'s constructs is missing`);
  }
  for (const subpath of Object.keys(pkg.exports ?? {})) {
    if (!NEUTRAL_EXPORTS.includes(subpath) && !optional.some((c) => subpath === `./${c.name}`)) gaps.push(`package.json: exports["${subpath}"] names no cloud with an optional provider`);
  }
  return gaps;
}
