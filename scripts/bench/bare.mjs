// A script that does nothing: the start-up bench's reference, what every start of Node costs before factline runs.
