setfenv(print, {})
