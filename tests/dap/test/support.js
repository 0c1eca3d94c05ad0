'use strict';
// Starts tycho's debug adapter for a test and drives the usual session prologue.
//
// The adapter command comes from TYCHO_COMMAND (the tycho command line, e.g. `dotnet "/path/tycho.dll"`, set by
// tests/Tycho.Tests/Debugging/DapClientTests.cs); without it, the built tycho.dll of this repository is used.
const fs = require('fs');
const path = require('path');
const { DebugClient } = require('@vscode/debugadapter-testsupport');

const FIXTURES = path.join(__dirname, '..', 'fixtures');

function tychoCommand() {
  if (process.env.TYCHO_COMMAND) return process.env.TYCHO_COMMAND;
  const bin = path.join(__dirname, '..', '..', '..', 'src', 'Tycho.Cli', 'bin');
  for (const config of ['Debug', 'Release']) {
    const dll = path.join(bin, config, 'net10.0', 'tycho.dll');
    if (fs.existsSync(dll)) return `dotnet "${dll}"`;
  }
  throw new Error('tycho.dll is not built: run `dotnet build Tycho.slnx`, or set TYCHO_COMMAND');
}

function fixture(name) {
  return path.join(FIXTURES, name);
}

/** A DebugClient running `tycho --debug-adapter`; its 'output' events are collected in client.output. */
async function startClient() {
  // spawn(runtime, [executable]) with a shell: the command line may hold a runtime and a dll path.
  const client = new DebugClient(`${tychoCommand()} --debug-adapter`, '', 'tycho', { shell: true });
  client.defaultTimeout = 20000;
  client.output = { stdout: '', stderr: '', console: '' };
  client.on('output', (e) => { client.output[e.body.category] = (client.output[e.body.category] || '') + e.body.output; });
  await client.start();
  return client;
}

/**
 * initialize, launch, then the configuration (breakpoints by file, exception filters) and configurationDone.
 * Returns the promise of the first 'stopped' event when `expectStop` (listened to before the program starts).
 */
async function launch(client, program, options = {}) {
  const initialized = client.waitForEvent('initialized');
  const init = await client.initializeRequest({
    adapterID: 'tycho', linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path', supportsVariablePaging: true,
  });
  await initialized;
  await client.launchRequest({
    program: fixture(program), cwd: FIXTURES, stopOnEntry: !!options.stopOnEntry, args: options.args || [],
  });
  const verified = {};
  for (const [file, breakpoints] of Object.entries(options.breakpoints || {})) {
    const response = await client.setBreakpointsRequest({ source: { path: fixture(file) }, breakpoints });
    verified[file] = response.body.breakpoints;
  }
  if (options.exceptionFilters) await client.setExceptionBreakpointsRequest({ filters: options.exceptionFilters });
  const stopped = options.expectStop === false ? null : client.waitForEvent('stopped');
  await client.configurationDoneRequest();
  return { capabilities: init.body, verified, stopped };
}

/** The top Lua frame of a thread (host functions such as `error`, where an error stop happens, skipped). */
async function topFrame(client, threadId) {
  const trace = await client.stackTraceRequest({ threadId, startFrame: 0, levels: 20 });
  return trace.body.stackFrames.find((f) => f.source);
}

/** The variables of a scope of a frame, by scope name ("Locals", "Upvalues", "Globals"). */
async function scopeVariables(client, frameId, scopeName) {
  const scopes = await client.scopesRequest({ frameId });
  const scope = scopes.body.scopes.find((s) => s.name === scopeName);
  const vars = await client.variablesRequest({ variablesReference: scope.variablesReference });
  return vars.body.variables;
}

/** Resumes (continue/next/stepIn/stepOut) and waits for the next stop; the listener is set before the request. */
async function resumeAndStop(client, request, threadId) {
  const stopped = client.waitForEvent('stopped');
  await client[`${request}Request`]({ threadId });
  return stopped;
}

/** Waits until the session ends (terminated), returning the exit code from the 'exited' event before it. */
async function exitCode(client) {
  const exited = client.waitForEvent('exited');
  await client.waitForEvent('terminated');
  return (await exited).body.exitCode;
}

module.exports = { fixture, startClient, launch, topFrame, scopeVariables, resumeAndStop, exitCode, tychoCommand, FIXTURES };
