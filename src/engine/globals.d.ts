// structuredClone is an ECMAScript-host global in every runtime the engine runs in
// (Node, workers, windows) but lives in the DOM lib; the engine builds without the DOM.
declare function structuredClone<T>(value: T): T;
