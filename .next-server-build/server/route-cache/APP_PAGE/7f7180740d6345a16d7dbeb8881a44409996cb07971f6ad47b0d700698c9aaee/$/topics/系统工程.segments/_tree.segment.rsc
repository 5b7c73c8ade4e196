:HL["/_next/static/chunks/0tpyvch270vt7.css","style"]
3:[["children",{"s":"__PAGE__","h":160}]]
2:[["children",{"s":{"n":"topic","t":"d","k":"%E7%B3%BB%E7%BB%9F%E5%B7%A5%E7%A8%8B","s":[]},"h":65632,"c":"$Q3"}]]
1:[["children",{"s":"topics","h":131136,"c":"$Q2"}]]
0:{"b":"pZqKfOESplRlUN440dwBj","t":{"t":{"s":"","h":131088,"c":"$Q1"}}}
