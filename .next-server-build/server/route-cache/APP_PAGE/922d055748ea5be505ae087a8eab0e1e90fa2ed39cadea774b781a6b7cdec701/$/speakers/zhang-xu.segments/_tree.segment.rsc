:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
3:[["children",{"s":"__PAGE__","h":160}]]
2:[["children",{"s":{"n":"speaker","t":"d","k":"zhang-xu","s":[]},"h":65632,"c":"$Q3"}]]
1:[["children",{"s":"speakers","h":131136,"c":"$Q2"}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
