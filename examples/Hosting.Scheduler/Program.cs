Hosting.Scheduler.Demo.Run(Console.Out);
