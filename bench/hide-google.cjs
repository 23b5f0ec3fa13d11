// Preloaded by bench/run.ts: makes @cdktf/provider-google unresolvable, as in
// a consumer project that never installed it.
"use strict";
const Module = require("node:module");
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request.startsWith("@cdktf/provider-google")) {
    const error = new Error(`Cannot find module '${request}'`);
    error.code = "MODULE_NOT_FOUND";
    throw error;
  }
  return resolve.call(this, request, ...rest);
};
