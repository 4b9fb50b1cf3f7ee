// ThemeDiscussion.statements and ThemeDiscussant.statements: the first $first of the statements that came with the item.
this.statements[..$first]
