Hosting.Json.Demo.Run(Console.Out);
