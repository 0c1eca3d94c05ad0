'use strict';
// A real DAP client (@vscode/debugadapter-testsupport's DebugClient) drives `tycho --debug-adapter` through the
// fixtures' Lua programs: every request the adapter supports is exercised at least once.
const assert = require('assert');
const {
  fixture, startClient, launch, topFrame, scopeVariables, resumeAndStop, exitCode,
} = require('./support');

describe('tycho debug adapter (launch)', function () {
  let client;

  beforeEach(async function () { client = await startClient(); });
  afterEach(async function () { await client.stop(); });

  it('advertises its capabilities and runs a program to its end', async function () {
    const done = exitCode(client);
    const { capabilities } = await launch(client, 'loop.lua', { expectStop: false });
    assert.strictEqual(capabilities.supportsConfigurationDoneRequest, true);
    assert.strictEqual(capabilities.supportsConditionalBreakpoints, true);
    assert.strictEqual(capabilities.supportsHitConditionalBreakpoints, true);
    assert.strictEqual(capabilities.supportsLogPoints, true);
    assert.deepStrictEqual(capabilities.exceptionBreakpointFilters.map((f) => f.filter), ['all', 'uncaught']);
    assert.strictEqual(await done, 0);
    assert.strictEqual(client.output.stdout, 'total\t385\n');
  });

  it('stops at a breakpoint in a required module, with the call stack across files', async function () {
    const { verified, stopped } = await launch(client, 'main.lua', { breakpoints: { 'lib/geometry.lua': [{ line: 4 }] } });
    assert.deepStrictEqual(verified['lib/geometry.lua'].map((b) => [b.verified, b.line]), [[true, 4]]);
    const event = await stopped;
    assert.strictEqual(event.body.reason, 'breakpoint');
    const trace = await client.stackTraceRequest({ threadId: event.body.threadId });
    const frames = trace.body.stackFrames;
    assert.strictEqual(frames[0].source.path, fixture('lib/geometry.lua'));
    assert.strictEqual(frames[0].line, 4);
    assert.match(frames[0].name, /square/);
    assert.strictEqual(frames[1].source.path, fixture('main.lua'));
    assert.strictEqual(frames[1].line, 5);
    assert.strictEqual(frames[1].name, 'main chunk');
    // stackTrace paging: the second frame alone, and the total.
    const paged = await client.stackTraceRequest({ threadId: event.body.threadId, startFrame: 1, levels: 1 });
    assert.strictEqual(paged.body.stackFrames.length, 1);
    assert.strictEqual(paged.body.stackFrames[0].line, 5);
    assert.strictEqual(paged.body.totalFrames, trace.body.totalFrames);
    const locals = await scopeVariables(client, frames[0].id, 'Locals');
    assert.deepStrictEqual(locals.map((v) => [v.name, v.value]), [['side', '1']]);
    // Clearing the breakpoint lets the program finish.
    await client.setBreakpointsRequest({ source: { path: fixture('lib/geometry.lua') }, breakpoints: [] });
    const done = exitCode(client);
    await client.continueRequest({ threadId: event.body.threadId });
    assert.strictEqual(await done, 0);
    assert.strictEqual(client.output.stdout, 'total area 14\n');
  });

  it('moves a breakpoint on a blank line to the next line with code', async function () {
    const { verified, stopped } = await launch(client, 'main.lua', { breakpoints: { 'lib/geometry.lua': [{ line: 7 }, { line: 200 }] } });
    const [blank, pastEnd] = verified['lib/geometry.lua'];
    assert.strictEqual(blank.verified, true);
    assert.strictEqual(blank.line, 8);
    assert.strictEqual(pastEnd.verified, false);
    const event = await stopped;
    assert.strictEqual((await topFrame(client, event.body.threadId)).line, 8);
  });

  it('stops at a conditional breakpoint in a loop only when the condition holds', async function () {
    const { stopped } = await launch(client, 'loop.lua', { breakpoints: { 'loop.lua': [{ line: 4, condition: 'i == 7' }] } });
    const event = await stopped;
    const frame = await topFrame(client, event.body.threadId);
    const i = await client.evaluateRequest({ expression: 'i', frameId: frame.id, context: 'watch' });
    assert.strictEqual(i.body.result, '7');
    const sum = await client.evaluateRequest({ expression: 'square + total', frameId: frame.id, context: 'repl' });
    assert.strictEqual(sum.body.result, String(49 + (1 + 4 + 9 + 16 + 25 + 36)));
  });

  it('honours a hit condition and log points', async function () {
    const { stopped } = await launch(client, 'loop.lua', {
      breakpoints: { 'loop.lua': [{ line: 3, hitCondition: '3' }, { line: 4, logMessage: 'i={i} square={square}' }] },
    });
    const event = await stopped;
    const frame = await topFrame(client, event.body.threadId);
    assert.strictEqual(frame.line, 3);
    assert.strictEqual((await client.evaluateRequest({ expression: 'i', frameId: frame.id })).body.result, '3');
    // Two log points ran before the third hit; the message interpolates the frame's locals.
    assert.strictEqual(client.output.console, 'i=1 square=1\ni=2 square=4\n');
  });

  it('changes a local with setVariable, and the program goes on with the new value', async function () {
    const { stopped } = await launch(client, 'loop.lua', { breakpoints: { 'loop.lua': [{ line: 6 }] } });
    const event = await stopped;
    const frame = await topFrame(client, event.body.threadId);
    const scopes = await client.scopesRequest({ frameId: frame.id });
    const locals = scopes.body.scopes.find((s) => s.name === 'Locals');
    const set = await client.setVariableRequest({ variablesReference: locals.variablesReference, name: 'total', value: '1000 + 1' });
    assert.strictEqual(set.body.value, '1001');
    const done = exitCode(client);
    await client.continueRequest({ threadId: event.body.threadId });
    assert.strictEqual(await done, 0);
    assert.strictEqual(client.output.stdout, 'total\t1001\n');
  });

  it('steps in, out and over functions', async function () {
    const { stopped } = await launch(client, 'steps.lua', { breakpoints: { 'steps.lua': [{ line: 13 }] } });
    const thread = (await stopped).body.threadId;
    let event = await resumeAndStop(client, 'stepIn', thread);
    assert.strictEqual(event.body.reason, 'step');
    let frame = await topFrame(client, thread);
    assert.strictEqual(frame.line, 2);
    assert.match(frame.name, /add/);
    event = await resumeAndStop(client, 'next', thread);
    assert.strictEqual((await topFrame(client, thread)).line, 3);
    event = await resumeAndStop(client, 'stepOut', thread);
    frame = await topFrame(client, thread);
    assert.strictEqual(frame.line, 14);
    assert.strictEqual(frame.name, 'main chunk');
    assert.strictEqual((await client.evaluateRequest({ expression: 'x', frameId: frame.id })).body.result, '3');
    // Stepping over coroutine.resume does not stop inside the coroutine.
    event = await resumeAndStop(client, 'next', thread);
    assert.strictEqual((await topFrame(client, thread)).line, 15);
    event = await resumeAndStop(client, 'next', thread);
    assert.strictEqual((await topFrame(client, thread)).line, 16);
    assert.strictEqual(event.body.threadId, thread);
  });

  it('steps into a coroutine on resume and back out to the resumer on yield', async function () {
    const { stopped } = await launch(client, 'steps.lua', { breakpoints: { 'steps.lua': [{ line: 15 }] } });
    const main = (await stopped).body.threadId;
    // Step into coroutine.resume: the next line that runs is the coroutine's.
    let event = await resumeAndStop(client, 'stepIn', main);
    const co = event.body.threadId;
    assert.notStrictEqual(co, main);
    let frame = await topFrame(client, co);
    assert.strictEqual(frame.line, 7);
    assert.strictEqual((await client.evaluateRequest({ expression: 'n', frameId: frame.id })).body.result, '2');
    // worker reads the global 'coroutine': its chunk's _ENV is an upvalue.
    const upvalues = await scopeVariables(client, frame.id, 'Upvalues');
    assert.deepStrictEqual(upvalues.map((v) => [v.name, v.type]), [['_ENV', 'table']]);
    const threads = await client.threadsRequest();
    assert.deepStrictEqual(threads.body.threads.map((t) => t.id), [main, co]);
    event = await resumeAndStop(client, 'next', co);
    assert.strictEqual(event.body.threadId, co);
    assert.strictEqual((await topFrame(client, co)).line, 8);
    // Stepping over the yield leaves the coroutine: the step ends in the resumer, after coroutine.resume.
    event = await resumeAndStop(client, 'next', co);
    assert.strictEqual(event.body.threadId, main);
    frame = await topFrame(client, main);
    assert.strictEqual(frame.line, 16);
    assert.strictEqual((await client.evaluateRequest({ expression: 'v', frameId: frame.id })).body.result, '10');
  });

  it('stops on entry', async function () {
    const { stopped } = await launch(client, 'steps.lua', { stopOnEntry: true });
    const event = await stopped;
    assert.strictEqual(event.body.reason, 'entry');
    assert.strictEqual((await topFrame(client, event.body.threadId)).line, 4);
  });

  it('lists the live coroutines as threads', async function () {
    const { stopped } = await launch(client, 'threads.lua', { breakpoints: { 'threads.lua': [{ line: 11 }] } });
    const event = await stopped;
    const threads = (await client.threadsRequest()).body.threads;
    assert.strictEqual(threads.length, 3);
    assert.strictEqual(threads[0].name, 'main');
    assert.strictEqual(threads[0].id, event.body.threadId);
    // A suspended coroutine's stack: stopped in coroutine.yield, called from line 3.
    const trace = await client.stackTraceRequest({ threadId: threads[1].id });
    const luaFrame = trace.body.stackFrames.find((f) => f.source && f.source.path);
    assert.strictEqual(luaFrame.line, 3);
  });

  it('stops at errors: all errors, then uncaught ones', async function () {
    const { stopped } = await launch(client, 'errors.lua', { exceptionFilters: ['all'] });
    let event = await stopped;
    assert.strictEqual(event.body.reason, 'exception');
    assert.match(event.body.text, /too big: 5/);
    assert.strictEqual((await topFrame(client, event.body.threadId)).line, 2);
    event = await resumeAndStop(client, 'continue', event.body.threadId);
    assert.strictEqual(event.body.reason, 'exception');
    assert.match(event.body.text, /too big: 10/);
    const done = exitCode(client);
    await client.continueRequest({ threadId: event.body.threadId });
    assert.strictEqual(await done, 1);
    assert.match(client.output.stdout, /^caught\tfalse\t.*errors\.lua:2: too big: 5\n$/);
    assert.match(client.output.stderr, /errors\.lua:2: too big: 10/);
  });

  it('stops only at an uncaught error with the uncaught filter', async function () {
    const { stopped } = await launch(client, 'errors.lua', { exceptionFilters: ['uncaught'] });
    const event = await stopped;
    assert.strictEqual(event.body.reason, 'exception');
    assert.match(event.body.text, /too big: 10/);
    const frame = await topFrame(client, event.body.threadId);
    assert.strictEqual((await client.evaluateRequest({ expression: 'n * 2', frameId: frame.id })).body.result, '20');
  });

  it('expands nested tables, metatables and pages through a large table', async function () {
    const { stopped } = await launch(client, 'data.lua', { breakpoints: { 'data.lua': [{ line: 11 }] } });
    const event = await stopped;
    const frame = await topFrame(client, event.body.threadId);
    const locals = await scopeVariables(client, frame.id, 'Locals');
    assert.deepStrictEqual(locals.map((v) => v.name), ['Point', 'config', 'big']);
    const config = locals.find((v) => v.name === 'config');
    const fields = (await client.variablesRequest({ variablesReference: config.variablesReference })).body.variables;
    assert.deepStrictEqual(fields.map((v) => v.name), ['name', 'nested', 'origin']);
    assert.strictEqual(fields[0].value, '"demo"');
    const nested = (await client.variablesRequest({ variablesReference: fields[1].variablesReference })).body.variables;
    const inner = nested.find((v) => v.name === 'inner');
    const deep = (await client.variablesRequest({ variablesReference: inner.variablesReference })).body.variables;
    assert.deepStrictEqual(deep.map((v) => [v.name, v.value]), [['deep', 'true']]);
    assert.strictEqual(deep[0].evaluateName, 'config.nested.inner.deep');
    const origin = (await client.variablesRequest({ variablesReference: fields[2].variablesReference })).body.variables;
    assert.deepStrictEqual(origin.map((v) => v.name), ['[metatable]', 'x', 'y']);
    const meta = (await client.variablesRequest({ variablesReference: origin[0].variablesReference })).body.variables;
    assert.ok(meta.some((v) => v.name === '__index'));
    const big = locals.find((v) => v.name === 'big');
    assert.strictEqual(big.indexedVariables, 250);
    const page = (await client.variablesRequest({ variablesReference: big.variablesReference, filter: 'indexed', start: 200, count: 3 })).body.variables;
    assert.deepStrictEqual(page.map((v) => [v.name, v.value]), [['[201]', '402'], ['[202]', '404'], ['[203]', '406']]);
    const evaluated = await client.evaluateRequest({ expression: '#big + config.nested.level', frameId: frame.id, context: 'hover' });
    assert.strictEqual(evaluated.body.result, '252');
    const table = await client.evaluateRequest({ expression: 'config.nested', frameId: frame.id, context: 'watch' });
    assert.ok(table.body.variablesReference > 0);
    const globals = await scopeVariables(client, frame.id, 'Globals');
    assert.ok(globals.some((v) => v.name === 'print' && v.type === 'function'));
  });

  it('pauses a busy loop, then terminates it', async function () {
    await launch(client, 'busy.lua', { expectStop: false });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stopped = client.waitForEvent('stopped');
    await client.pauseRequest({ threadId: 1 });
    const event = await stopped;
    assert.strictEqual(event.body.reason, 'pause');
    const frame = await topFrame(client, event.body.threadId);
    assert.ok([2, 3, 4].includes(frame.line), `paused at line ${frame.line}`);
    const n = await client.evaluateRequest({ expression: 'n > 0', frameId: frame.id });
    assert.strictEqual(n.body.result, 'true');
    const done = exitCode(client);
    await client.terminateRequest();
    await done;
  });
});
