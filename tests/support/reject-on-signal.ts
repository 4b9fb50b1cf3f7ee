/**
 * Preloaded into a service process by a test (`node --import`): SIGUSR2 makes a promise reject that nothing
 * handles, as a bug would, so the test can watch what the service does then.
 */
process.on('SIGUSR2', () => {
  void Promise.reject(new Error('a rejection nothing handles (test)'));
});
