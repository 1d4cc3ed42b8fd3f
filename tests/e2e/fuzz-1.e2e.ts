// The UI fuzzer's part 1 of 2 (tests/e2e/fuzz/suite.ts says what it does and how to replay a failure).
import { fuzzSuite } from './fuzz/suite';

fuzzSuite(1);
