return 'hello from a resource'
