import { ImageReference } from "../model/service-model";
import { FieldChecker } from "./checker";

const REGISTRY = /^(?:localhost|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+)(?::[0-9]{1,5})?$/;
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const ALLOWED = "a fully qualified OCI reference by digest, <registry>/<repository>@sha256:<64 lower-case hex>";

/**
 * Parses and checks an image reference. A digest is required unless
 * `allowTag` is set; a reference by tag then returns with `tag` filled in.
 */
export function parseImage(check: FieldChecker, value: unknown, allowTag: boolean): ImageReference {
  const uri = check.literal("image", value, ALLOWED);
  if (uri.length > 512) check.fail("image", uri, ALLOWED);
  const [namePart, digest] = splitOnce(uri, "@");
  if (digest !== undefined && !DIGEST.test(digest)) check.fail("image", uri, ALLOWED);
  const slash = namePart.indexOf("/");
  if (slash < 0) check.fail("image", uri, `${ALLOWED} (the registry host is missing)`);
  const registry = namePart.slice(0, slash);
  let repository = namePart.slice(slash + 1);
  let tag: string | undefined;
  const colon = repository.lastIndexOf(":");
  if (colon >= 0) {
    tag = repository.slice(colon + 1);
    repository = repository.slice(0, colon);
    if (!TAG.test(tag)) check.fail("image", uri, ALLOWED);
  }
  if (!REGISTRY.test(registry) || !REPOSITORY.test(repository) || repository.length > 255) check.fail("image", uri, ALLOWED);
  if (digest === undefined) {
    if (!allowTag) check.fail("image", uri, `${ALLOWED}; a tag is mutable (set allowMutableImageTag: true to accept it with a warning)`);
    if (tag === undefined) check.fail("image", uri, `${ALLOWED}, or with allowMutableImageTag an explicit :tag`);
    return { uri, registry, repository, tag };
  }
  return { uri, registry, repository, digest, ...(tag !== undefined ? { tag } : {}) };
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}
