Hosting.RuleEngine.Demo.Run(Console.Out);
