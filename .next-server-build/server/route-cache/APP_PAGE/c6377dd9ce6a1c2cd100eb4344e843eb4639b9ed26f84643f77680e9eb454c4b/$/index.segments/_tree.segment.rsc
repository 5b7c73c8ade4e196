:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
1:[["children",{"s":"__PAGE__","h":128}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":16,"c":"$Q1"}}}
