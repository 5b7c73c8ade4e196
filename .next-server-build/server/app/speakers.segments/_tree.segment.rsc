:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
2:[["children",{"s":"__PAGE__","h":160}]]
1:[["children",{"s":"speakers","h":64,"c":"$Q2"}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":16,"c":"$Q1"}}}
