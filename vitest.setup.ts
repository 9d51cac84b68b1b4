import nock from "nock";

// No test may reach a real vendor: every HTTP call must be answered by a nock scope.
nock.disableNetConnect();
