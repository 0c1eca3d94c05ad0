Hosting.GameObject.Demo.Run(Console.Out);
