:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
3:[["children",{"s":"__PAGE__","h":160}]]
2:[["children",{"s":{"n":"topic","t":"d","k":"%E5%A4%A7%E6%A8%A1%E5%9E%8B%E9%83%A8%E7%BD%B2","s":[]},"h":65632,"c":"$Q3"}]]
1:[["children",{"s":"topics","h":131136,"c":"$Q2"}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
