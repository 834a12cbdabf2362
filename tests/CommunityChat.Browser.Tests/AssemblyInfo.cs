// Every class starts its own server and Chromium; on two cores they run one after another, or timings get flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
