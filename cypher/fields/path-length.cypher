// Path.length: how many relationships the path has.
size(this.edges)
