// The top of the snapshot bundle (scripts/snapshot.js puts it there, filling in
// the two lists in capitals). Plain JavaScript, run as is.
//
// While `node --build-snapshot` evaluates the bundle, parts of node are not
// there yet or cannot be kept in a snapshot (node 20). For the build only:
// 1. A few recent Array methods come with deserialization; node:http uses
//    toSorted when it loads: stand-ins, removed before the heap is saved.
// 2. Node's fetch classes load undici, which needs WebAssembly (absent);
//    axios only tests whether they exist when it loads: hidden, and put back
//    (still lazy) before the heap is saved.
// 3. Error.stackTraceLimit is unset (node sets it at run time); depd reads its
//    caller from a stack trace when it loads.
// 4. http, https, http2 and tls hold native state a snapshot cannot keep, and
//    packages outside the bundle (node_modules) cannot be loaded: modules get
//    a stand-in with the same export names that loads the real module on first
//    use, at run time. A use while building fails the build, loudly.
// At run time `require` loads node's built-in modules as usual, and what the
// bundle leaves out (redis, the recognizers, Web Chat's files) from
// node_modules next to this file, through createRequire.
require = ((builtin) => {
  const { startupSnapshot } = builtin('node:v8');
  const building = startupSnapshot.isBuildingSnapshot();
  let user;
  const fromNodeModules = () => (user ??= builtin('node:module').createRequire(__filename));
  const load = (id) => {
    try {
      return builtin(id);
    } catch (err) {
      if (err.code !== 'MODULE_NOT_FOUND' || startupSnapshot.isBuildingSnapshot()) throw err;
      return fromNodeModules()(id);
    }
  };
  load.resolve = (id, options) => fromNodeModules().resolve(id, options);
  if (!building) return load;

  const added = [];
  for (const proto of [Array.prototype, Object.getPrototypeOf(Uint8Array.prototype)]) {
    const define = (name, fn) => name in proto || (Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true }), added.push([proto, name]));
    define('toSorted', function (compare) {
      return Array.prototype.slice.call(this).sort(compare);
    });
    define('toReversed', function () {
      return Array.prototype.slice.call(this).reverse();
    });
  }
  const hidden = ['Request', 'Response', 'Headers', 'FormData'].map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]);
  for (const [name] of hidden) Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true });
  startupSnapshot.addSerializeCallback(() => {
    for (const [name, descriptor] of hidden) Object.defineProperty(globalThis, name, descriptor);
    for (const [proto, name] of added) delete proto[name]; // V8 adds the real ones on deserialization, and fails if one is there
  });
  if (!('stackTraceLimit' in Error)) Error.stackTraceLimit = 10;

  /** The parts of node:http that load without its parser: the agent, the incoming message, its constants. */
  const readyHttpParts = () => {
    const agent = builtin('_http_agent');
    // Express makes its response object from ServerResponse.prototype when it
    // loads: a stand-in prototype, with the real one put under it at run time.
    const ServerResponse = function ServerResponse() {
      throw new Error('http.ServerResponse is not available while the start-up snapshot is built');
    };
    startupSnapshot.addDeserializeCallback(() => Object.setPrototypeOf(ServerResponse.prototype, builtin('node:http').ServerResponse.prototype));
    return {
      Agent: agent.Agent,
      get globalAgent() {
        return agent.globalAgent;
      },
      IncomingMessage: builtin('_http_incoming').IncomingMessage,
      get ServerResponse() {
        return startupSnapshot.isBuildingSnapshot() ? ServerResponse : builtin('node:http').ServerResponse;
      },
      ...__HTTP_CONSTANTS__,
    };
  };

  const standIns = new Map();
  for (const [id, names] of Object.entries(__DEFERRED__)) {
    const standIn = {};
    const ready = id === 'http' ? readyHttpParts() : {};
    let real;
    const loadReal = (name) => {
      if (startupSnapshot.isBuildingSnapshot()) throw new Error(`${id}.${name} was used while the start-up snapshot was built: it can only be loaded at run time`);
      return (real ??= load(id));
    };
    for (const name of names) {
      const descriptor = name in ready
        ? Object.getOwnPropertyDescriptor(ready, name)
        : {
            get: () => loadReal(name)[name],
            set: (value) => {
              loadReal(name)[name] = value;
            },
          };
      Object.defineProperty(standIn, name, { ...descriptor, enumerable: true, configurable: true });
    }
    standIns.set(id, standIn).set(`node:${id}`, standIn);
  }
  return Object.assign((id) => (standIns.has(id) ? standIns.get(id) : load(id)), { resolve: load.resolve });
})(require);
