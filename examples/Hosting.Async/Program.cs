await Hosting.Async.Demo.RunAsync(Console.Out);
