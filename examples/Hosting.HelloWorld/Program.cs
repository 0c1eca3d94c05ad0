Hosting.HelloWorld.Demo.Run(Console.Out);
