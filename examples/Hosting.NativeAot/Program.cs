Hosting.NativeAot.Demo.Run(Console.Out);
