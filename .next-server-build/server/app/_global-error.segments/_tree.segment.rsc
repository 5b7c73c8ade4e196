1:[["children",{"s":"__PAGE__","h":176}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":80,"c":"$Q1"}}}
